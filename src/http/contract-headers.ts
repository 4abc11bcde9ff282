import type Koa from 'koa';
import type { Contract, ContractResponse } from '../contract.js';

type Fixed = [name: string, value: string][];

/** A response's headers whose schema allows exactly one value: the required ones, and HSTS for HTTPS. */
export function fixedHeaders(response: ContractResponse | undefined): { always: Fixed; overTls: Fixed } {
  const always: Fixed = [];
  const overTls: Fixed = [];
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    const values = header.schema?.enum as unknown[] | undefined;
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
  const byResponse = new Map<string, ReturnType<typeof fixedHeaders>>();
  for (const operation of contract.operations) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      byResponse.set(`${operation.operationId} ${status}`, fixedHeaders(response as ContractResponse));
    }
  }
  const outside = fixedHeaders(contract.response('NotFound'));

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
