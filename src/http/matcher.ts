import type { Operation, OpenAPIRouter } from 'openapi-backend';

interface CompiledRoute {
  operation: Operation;
  method: string;
  /** Null for a path without parameters, matched by equality. */
  pattern: RegExp | null;
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * openapi-backend's router turns every path template into a new RegExp on
 * every request. This matcher keeps its rules (literal paths first, then the
 * most specific template; 404 when no path matches, 405 when only the method
 * does not) but compiles the patterns once, at start-up.
 */
export function precompileRoutes(router: OpenAPIRouter): void {
  const routes: CompiledRoute[] = router.getOperations().map((operation) => ({
    operation,
    method: operation.method,
    pattern: operation.path.includes('{')
      ? new RegExp(`^${operation.path.split(/\{[^}]+\}/).map(escape).join('[^/]+')}$`)
      : null,
  }));
  // openapi-backend ranks template matches by the length of their literal part.
  const literalLength = (route: CompiledRoute) => route.operation.path.replace(/\{.*?\}/g, '').length;
  const templates = routes.filter((r) => r.pattern).sort((a, b) => literalLength(b) - literalLength(a));

  router.matchOperation = ((request: { method: string; path: string }, strict?: boolean) => {
    // The API root is "/", so every path is under it.
    const { path: fullPath, method } = router.normalizeRequest(request as never);
    const path = router.normalizePath(fullPath);
    const fail = (error: string) => {
      if (strict) throw new Error(error);
      return undefined;
    };
    const exact = routes.filter((route) => route.operation.path === path);
    const exactMatch = exact.find((route) => route.method === method);
    if (exactMatch) return exactMatch.operation;
    const matches = templates.filter((route) => route.pattern!.test(path));
    if (exact.length === 0 && matches.length === 0) return fail('404-notFound: no route matches request');
    const match = matches.find((route) => route.method === method);
    return match ? match.operation : fail('405-methodNotAllowed: this method is not registered for the route');
  }) as OpenAPIRouter['matchOperation'];
}
