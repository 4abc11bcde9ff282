import type { Operation, OpenAPIRouter } from 'openapi-backend';

interface CompiledRoute {
  operation: Operation;
  method: string;
  /** Null for a path without parameters, matched by equality. */
  pattern: RegExp | null;
  /** The template's parameter names, in the order the pattern captures them. */
  names: string[];
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(operation: Operation): CompiledRoute {
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  return {
    operation,
    method: operation.method,
    pattern: names.length > 0 ? new RegExp(`^${operation.path.split(/\{[^}]+\}/).map(escape).join('([^/]+)')}$`) : null,
    names,
  };
}

/** The compiled routes of a router, by operation, for reading path parameters. */
const compiledRoutes = new WeakMap<Operation, CompiledRoute>();

/**
 * openapi-backend's router turns every path template into a new RegExp on
 * every request. This matcher keeps its rules (literal paths first, then the
 * most specific template; 404 when no path matches, 405 when only the method
 * does not) but compiles the patterns once, at start-up.
 */
export function precompileRoutes(router: OpenAPIRouter): void {
  const routes = router.getOperations().map(compile);
  for (const route of routes) compiledRoutes.set(route.operation, route);
  // openapi-backend ranks template matches by the length of their literal part.
  const literalLength = (route: CompiledRoute) => route.operation.path.replace(/\{.*?\}/g, '').length;
  const templates = routes.filter((r) => r.pattern).sort((a, b) => literalLength(b) - literalLength(a));
  const literals = new Map<string, CompiledRoute[]>();
  for (const route of routes.filter((r) => !r.pattern)) {
    literals.set(route.operation.path, [...(literals.get(route.operation.path) ?? []), route]);
  }

  router.matchOperation = ((request: { method: string; path: string }, strict?: boolean) => {
    // The API root is "/", so every path is under it.
    const path = router.normalizePath(request.path.split('?')[0] as string);
    const method = request.method.toLowerCase();
    const fail = (error: string) => {
      if (strict) throw new Error(error);
      return undefined;
    };
    const exact = literals.get(path);
    const exactMatch = exact?.find((route) => route.method === method);
    if (exactMatch) return exactMatch.operation;
    const matches = templates.filter((route) => route.pattern!.test(path));
    if (!exact && matches.length === 0) return fail('404-notFound: no route matches request');
    const match = matches.find((route) => route.method === method);
    return match ? match.operation : fail('405-methodNotAllowed: this method is not registered for the route');
  }) as OpenAPIRouter['matchOperation'];
}

/**
 * The path parameters of a request to a matched operation, percent-decoded
 * (a malformed escape throws URIError, which is a 400).
 */
export function pathParameters(operation: Operation, path: string): Record<string, string> {
  const route = compiledRoutes.get(operation);
  const values = route?.pattern?.exec(path);
  const params: Record<string, string> = {};
  if (!route || !values) return params;
  route.names.forEach((name, i) => (params[name] = decodeURIComponent(values[i + 1] as string)));
  return params;
}
