import type { Operation, OpenAPIRouter, ParsedRequest } from 'openapi-backend';
import { pathParameters } from './matcher.js';

/** What openapi-backend is given: Koa's request, already parsed by Koa. */
interface KoaRequest {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  /** Set on the copy openapi-backend makes after validation: the coerced values. */
  params?: Record<string, unknown>;
}

/** The parts of OpenAPI that this parser does not handle; the contract must not use them. */
function unsupportedParameters(operations: Operation[]): string[] {
  const problems: string[] = [];
  for (const operation of operations) {
    for (const parameter of operation.parameters ?? []) {
      if ('$ref' in parameter) continue;
      const where = `${operation.operationId} parameter ${parameter.name}`;
      if (parameter.in === 'cookie') problems.push(`${where}: cookie parameters`);
      if (parameter.content) problems.push(`${where}: content-encoded parameters`);
      if (parameter.explode === false) problems.push(`${where}: non-exploded parameters`);
    }
  }
  return problems;
}

/**
 * openapi-backend parses each request four times (before routing, after
 * routing, inside validation and after coercion), and each time lower-cases
 * every header with lodash, parses cookies, deep-clones the query and turns
 * the path template into RegExps again. Koa has already parsed the query and
 * Node lower-cases header names, so this parser only copies what validation
 * may coerce and reads path parameters with the routes compiled at start-up.
 * It covers the OpenAPI the contract uses and refuses, at start-up, a
 * contract that uses more (cookie, content-encoded or non-exploded parameters).
 */
export function installRequestParser(router: OpenAPIRouter): void {
  const operations = router.getOperations();
  const problems = unsupportedParameters(operations);
  if (problems.length > 0) throw new Error(`openapi.yaml uses what the request parser does not support: ${problems.join('; ')}`);

  router.parseRequest = ((request: KoaRequest, operation?: Operation): ParsedRequest => {
    const path = request.path.split('?')[0] as string;
    const query: Record<string, string | string[]> = {};
    // Copied, because validation coerces and fills in defaults in place.
    for (const [name, value] of Object.entries(request.query)) {
      if (value !== undefined) query[name] = Array.isArray(value) ? [...value] : value;
    }
    return {
      method: request.method.toLowerCase(),
      path,
      // After validation openapi-backend parses its coerced copy again: keep its typed parameters.
      params: request.params ?? (operation ? pathParameters(operation, router.normalizePath(path)) : {}),
      headers: { ...request.headers },
      query,
      cookies: {},
      requestBody: request.body,
    } as ParsedRequest;
  }) as OpenAPIRouter['parseRequest'];
}
