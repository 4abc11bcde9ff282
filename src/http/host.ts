import type Koa from 'koa';
import { ApiError } from '../errors.js';

/**
 * RFC 9112, 3.2: a server MUST answer 400 to an HTTP/1.1 request without a
 * Host header. Node would do it with a bare status line and no log; here it
 * is the contract's JSON 400, with its headers and the request's log line,
 * and the connection is closed, as a request that is not valid HTTP.
 */
export function requireHost(): Koa.Middleware {
  return async (ctx, next) => {
    const { httpVersionMajor, httpVersionMinor, headers } = ctx.req;
    if (httpVersionMajor === 1 && httpVersionMinor === 1 && headers.host === undefined) {
      throw new ApiError(400, 'malformed_request', 'an HTTP/1.1 request must have a Host header', { Connection: 'close' }, [
        { in: 'header', field: 'Host', message: 'is required' },
      ]);
    }
    await next();
  };
}
