import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import type Koa from 'koa';
import { OpenAPIValidator, type Operation } from 'openapi-backend';
import type { Contract } from '../contract.js';
import { integerParameters, nonDecimalIntegers } from './decimal-integers.js';
import { readJsonBody, type BodyRules } from './json-body.js';
import { invalidParameters, validationError } from './validation.js';

// ajv-formats is CommonJS: its default import is the plugin itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** The formats the contract uses: ajv-formats', and `password`, which is any string. */
export function contractFormats<A extends Ajv>(ajv: A): A {
  addFormats(ajv);
  ajv.addFormat('password', true);
  return ajv;
}

/** A request's parts as openapi-backend's validators read them; validation coerces path and query in place. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  cookie: Record<string, unknown>;
  requestBody?: unknown;
}

/**
 * The request validators of every operation, compiled once by openapi-backend
 * (its public OpenAPIValidator) from the contract's one dereferenced copy. Only
 * request validators: the server never validates its own responses (its
 * serializers write only what the contract declares, and the tests validate
 * every response they receive), and compiling those too costs about 30 MB.
 */
export function compileRequestValidators(contract: Contract): (operationId: string) => ValidateFunction[] {
  const validator = new OpenAPIValidator({
    definition: contract.api.definition,
    router: contract.api.router,
    ajvOpts: { allErrors: true, useDefaults: true, verbose: true },
    customizeAjv: contractFormats,
    coerceTypes: true,
    lazyCompileValidators: true,
  });
  validator.preCompileRequestValidators();
  return (operationId) => validator.getRequestValidatorsForOperation(operationId) ?? [];
}

/**
 * One operation's request check, built at start-up: its integers in plain
 * decimal digits, its body read (only where it declares one) and its
 * parameters and body validated. Answers the parts, coerced, or throws a 400
 * (413, 415) naming what is wrong.
 */
export function requestCheck(
  operation: Operation,
  validators: ValidateFunction[],
  maxBodyBytes: number,
): (ctx: Koa.Context) => Promise<RequestParts> {
  const integers = integerParameters(operation);
  const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
  const body: BodyRules | undefined = content && { mediaTypes: Object.keys(content), maxBytes: maxBodyBytes };
  return async (ctx) => {
    const parts: RequestParts = { path: { ...ctx.params }, query: { ...ctx.query }, header: ctx.headers, cookie: {} };
    const notDecimal = nonDecimalIntegers(integers, parts);
    if (notDecimal.length > 0) throw invalidParameters(notDecimal);
    if (body) {
      const value = await readJsonBody(ctx, body);
      if (value !== undefined) parts.requestBody = value;
    }
    const errors: ErrorObject[] = [];
    for (const validate of validators) if (!validate(parts)) errors.push(...(validate.errors ?? []));
    if (errors.length > 0) throw validationError(errors);
    return parts;
  };
}
