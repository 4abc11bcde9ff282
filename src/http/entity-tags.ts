import { hash } from 'node:crypto';
import type Koa from 'koa';
import { operationsOf, type Contract } from '../contract.js';
import { ApiError } from '../errors.js';

/** A strong entity tag for a representation's bytes. */
export function entityTag(payload: string | Buffer): string {
  return `"${hash('sha1', payload, 'base64url')}"`;
}

/** The tag of a JSON representation, as its response's body gets it. */
export function entityTagOf(representation: unknown): string {
  return entityTag(JSON.stringify(representation));
}

/**
 * RFC 9110, 13.1.2: If-None-Match fails (so: 304) when it is `*` or lists the
 * current tag, compared weakly. Not Koa's `fresh`, which answers in full to a
 * request with `Cache-Control: no-cache`, as fetch() sends along with every
 * conditional request: that header asks caches on the way to revalidate, which
 * this request is doing.
 */
function noneMatch(header: string, current: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === current);
}

// The documentation's files are Buffers read once: hash each once.
const bufferTags = new WeakMap<Buffer, string>();

/**
 * Gives every 200 whose contract declares an ETag its tag (a hash of the
 * bytes sent, so it changes whenever anything in the representation does,
 * counts included), and answers a GET whose If-None-Match names the current
 * tag with 304 and no body.
 * JSON is serialized here, once, rather than by Koa after.
 */
export function conditionalResponses(contract: Contract): Koa.Middleware {
  const tagged = new Set(
    operationsOf(contract)
      .filter((operation) => operation.responses['200']?.headers?.ETag !== undefined)
      .map((operation) => operation.operationId),
  );
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 200 || !tagged.has(ctx.state.operationId)) return;
    const body: unknown = ctx.body;
    let tag: string;
    if (Buffer.isBuffer(body)) {
      tag = bufferTags.get(body) ?? entityTag(body);
      bufferTags.set(body, tag);
    } else if (typeof body === 'string') {
      tag = entityTag(body);
    } else {
      const json = JSON.stringify(body);
      ctx.body = json;
      tag = entityTag(json);
    }
    ctx.set('ETag', tag);
    if (ctx.method === 'GET' && noneMatch(ctx.get('If-None-Match'), tag)) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
}

/**
 * Lost-update protection: when the request has If-Match, it must name the
 * current representation's tag (or be `*`), else 412 and nothing changes.
 * Run it where the resource is locked for the change (see withLockedRow), so
 * that nothing changes between the check and the write.
 */
export function requireCurrent(ctx: Koa.Context, representation: unknown, what: string): void {
  const ifMatch = ctx.get('If-Match');
  if (!ifMatch || ifMatch.trim() === '*') return;
  const current = entityTagOf(representation);
  // Strong comparison: a weak tag (W/"…") never matches.
  if (!ifMatch.split(',').some((tag) => tag.trim() === current)) {
    throw new ApiError(412, `${what} has changed since it was read (If-Match does not match its ETag); read it again`);
  }
}
