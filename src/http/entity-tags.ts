import { hash } from 'node:crypto';
import type Koa from 'koa';

/** A strong entity tag for a representation's bytes. */
export function entityTag(payload: string | Buffer): string {
  return `"${hash('sha1', payload, 'base64url')}"`;
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
  return matchedTag(header, current) !== undefined;
}

/**
 * A tag is 27 characters of SHA-1 in base64url; the tag of a compressed
 * answer (compression.ts) adds its coding, `-br` or `-gzip`, which the
 * length tells apart from the hash's own dashes.
 */
const ENCODED_TAG = /^"([A-Za-z0-9_-]{27})-(br|gzip)"$/;

/** The tag of the representation itself, whatever coding the tag was given for. */
export function identityTag(tag: string): string {
  const encoded = ENCODED_TAG.exec(tag);
  return encoded ? `"${encoded[1]}"` : tag;
}

/** The tag of an answer sent in a content coding. */
export function encodedTag(tag: string, encoding: string): string {
  return `${tag.slice(0, -1)}-${encoding}"`;
}

/** The tag of the list (If-None-Match, If-Match) that stands for the current one in some coding, compared weakly, as the client sent it. */
export function matchedTag(header: string, current: string): string | undefined {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .find((tag) => identityTag(tag) === current);
}

// The documentation's files are Buffers read once: hash each once.
const bufferTags = new WeakMap<Buffer, string>();

/** The tag of a payload about to be sent (a Buffer's, once). */
export function tagOf(payload: string | Buffer): string {
  if (typeof payload === 'string') return entityTag(payload);
  let tag = bufferTags.get(payload);
  if (!tag) bufferTags.set(payload, (tag = entityTag(payload)));
  return tag;
}

/** Whether a GET or HEAD with this If-None-Match may be answered 304 for the current tag. */
export function notModified(ctx: Koa.Context, tag: string): boolean {
  return (ctx.method === 'GET' || ctx.method === 'HEAD') && noneMatch(ctx.get('If-None-Match'), tag);
}
