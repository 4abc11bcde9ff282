import type Koa from 'koa';
import { isDatabaseUnavailable } from '../data/db.js';
import { ApiError, errorOfStatus, reasonPhrase } from '../errors.js';
import { answerThenLinger } from './lingering-close.js';

/** How long a client should wait when the database is not answering. */
const DATABASE_RETRY_AFTER_S = 5;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function htmlPage(error: ApiError): string {
  const title = `${error.status} ${reasonPhrase(error.status)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><p>${escapeHtml(error.message)}</p></body></html>
`;
}

/** Errors from Koa and its body parser carry a status, and a database that is not answering is a 503; anything else is a bug. */
function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof URIError) return new ApiError(400, 'malformed_request', 'the URL is not validly percent-encoded');
  if (isDatabaseUnavailable(error)) {
    return new ApiError(503, 'database_unavailable', 'the database is not answering; try again shortly', { 'Retry-After': String(DATABASE_RETRY_AFTER_S) });
  }
  const status = (error as { status?: number; expose?: boolean } | null)?.status;
  return status ? errorOfStatus(status) : undefined;
}

/**
 * Renders every error in the contract's shape. Responses to operations of the
 * contract are always JSON; for URLs outside it, a client that prefers HTML
 * (a browser) gets a page, as the seed's content negotiation asks.
 */
export function errorResponses(onUnexpected: (error: unknown, ctx: Koa.Context) => void): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (thrown) {
      let error = asApiError(thrown);
      if (!error) {
        onUnexpected(thrown, ctx);
        error = new ApiError(500, 'internal_error', 'an unexpected error occurred');
      }
      ctx.status = error.status;
      ctx.set(error.headers);
      const inContract = ctx.state.operationId !== undefined;
      const html = !inContract && ctx.accepts('json', 'html') === 'html';
      const payload = html ? htmlPage(error) : JSON.stringify(error.toBody());
      if (error.headers.Connection === 'close' && !ctx.req.complete) {
        // Answered before the request's body was read: closed gently (lingering-close.ts).
        ctx.body = answerThenLinger(ctx.req, payload);
        ctx.length = Buffer.byteLength(payload);
      } else {
        ctx.body = payload;
      }
      ctx.type = html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
    }
  };
}
