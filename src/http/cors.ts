import cors from '@koa/cors';
import type Koa from 'koa';

/** What a browser app may send beyond the CORS-safelisted headers. */
const REQUEST_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'];

/** What a browser app may read beyond the CORS-safelisted response headers. */
const RESPONSE_HEADERS = ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy', 'X-Request-Id'];

/**
 * Cross-origin access for browser apps on the origins of CORS_ORIGINS, and
 * for no one else: a preflight from an allowed origin is answered here,
 * before the contract's router; a request from any other origin gets no CORS
 * header at all, so the browser keeps the answer from the page. Bearer tokens
 * travel in Authorization, never in cookies, so credentials mode is off.
 */
export function corsForOrigins(allowed: string[]): Koa.Middleware {
  const origins = new Set(allowed);
  return cors({
    origin: (ctx) => {
      const origin = ctx.get('Origin');
      return origins.has(origin) ? origin : '';
    },
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: REQUEST_HEADERS,
    exposeHeaders: RESPONSE_HEADERS,
    // Chromium caps it at two hours; ten minutes lets a changed policy reach browsers soon.
    maxAge: 600,
    credentials: false,
    // Errors keep their CORS headers, so that the app can read why a request failed.
    keepHeadersOnError: true,
  });
}
