import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import type { Logger } from 'pino';

/** What a client or proxy may send as X-Request-Id; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Gives every request an id (the proxy's X-Request-Id when it sent a sane
 * one, a new UUID otherwise), echoes it in X-Request-Id, and logs one JSON
 * line when the request is done: id, method, route, operation, status,
 * duration, user and client address. Headers, bodies, passwords and tokens
 * are never logged: the fields are chosen, not copied from the request.
 */
export function requestLog(logger: Logger): Koa.Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    const sent = ctx.get('x-request-id');
    const id = REQUEST_ID.test(sent) ? sent : randomUUID();
    ctx.state.requestId = id;
    ctx.set('X-Request-Id', id);
    try {
      await next();
    } finally {
      logger.info(
        {
          reqId: id,
          method: ctx.method,
          route: ctx.state.route ?? null,
          operationId: ctx.state.operationId ?? null,
          status: ctx.status,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
          userId: ctx.state.userId ?? null,
          ip: ctx.ip,
        },
        'request',
      );
    }
  };
}
