import type Koa from 'koa';
import { operationsOf, type Contract } from '../contract.js';

type Fixed = [name: string, value: string][];

interface HeaderObject {
  required?: boolean;
  schema?: { enum?: unknown[] };
}

/** Follows a local $ref (`#/components/...`) to what it names. */
function resolve<T>(document: Contract['document'], node: unknown): T {
  const pointer = (node as { $ref?: string } | undefined)?.$ref;
  if (!pointer) return node as T;
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], document) as T;
}

/** A response's headers whose schema allows exactly one value: the required ones, and HSTS for HTTPS. */
export function fixedHeaders(document: Contract['document'], response: unknown): { always: Fixed; overTls: Fixed } {
  const headers = resolve<{ headers?: Record<string, unknown> }>(document, response).headers ?? {};
  const always: Fixed = [];
  const overTls: Fixed = [];
  for (const [name, declared] of Object.entries(headers)) {
    const header = resolve<HeaderObject>(document, declared);
    const values = header.schema?.enum;
    if (values?.length !== 1) continue;
    if (header.required) always.push([name, String(values[0])]);
    else if (name === 'Strict-Transport-Security') overTls.push([name, String(values[0])]);
  }
  return { always, overTls };
}

/**
 * Sets the headers openapi.yaml fixes for each response: every required
 * header whose schema allows a single value (Cache-Control,
 * Content-Security-Policy, X-Content-Type-Options), and
 * Strict-Transport-Security on a response that goes out over HTTPS (directly,
 * or behind a trusted proxy's X-Forwarded-Proto). Read from the contract at
 * start-up, so a policy changes by changing the contract, and the tests that
 * check every response against it check these too. A response outside the
 * contract (404, 405) gets those of the contract's 404.
 */
export function contractHeaders(contract: Contract): Koa.Middleware {
  const { document } = contract;
  const byResponse = new Map<string, ReturnType<typeof fixedHeaders>>();
  for (const operation of operationsOf(contract)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      byResponse.set(`${operation.operationId} ${status}`, fixedHeaders(document, response));
    }
  }
  const outside = fixedHeaders(document, { $ref: '#/components/responses/NotFound' });

  return async (ctx, next) => {
    try {
      await next();
    } finally {
      const fixed = byResponse.get(`${ctx.state.operationId} ${ctx.status}`) ?? outside;
      for (const [name, value] of fixed.always) ctx.set(name, value);
      if (ctx.secure) for (const [name, value] of fixed.overTls) ctx.set(name, value);
    }
  };
}
