import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import compress from 'koa-compress';
import type Koa from 'koa';
import { encodedTag, matchedTag } from './entity-tags.js';

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/** What the API answers that is worth compressing: JSON, YAML, and the documentation's page, script and styles. */
const COMPRESSED_TYPES = /^(application\/(json|yaml|javascript)|text\/(html|css|javascript))\b/;

/** The content codings offered, the server's preference first. */
const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

/**
 * Brotli at quality 4 and gzip at level 6: per answer, most of the saving
 * for a small part of the CPU of their highest settings (see npm run bench).
 */
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

/** Files served from memory (the documentation's) at the highest settings, compressed once each and kept. */
const encodeOnce = {
  br: promisify((input: Buffer, done: (error: Error | null, result: Buffer) => void) =>
    brotliCompress(input, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } }, done),
  ),
  gzip: promisify((input: Buffer, done: (error: Error | null, result: Buffer) => void) => gzip(input, { level: 9 }, done)),
};
const encodedFiles = new WeakMap<Buffer, Map<Encoding, Promise<Buffer>>>();

function encodedFile(file: Buffer, encoding: Encoding): Promise<Buffer> {
  let encodings = encodedFiles.get(file);
  if (!encodings) encodedFiles.set(file, (encodings = new Map()));
  let encoded = encodings.get(encoding);
  if (!encoded) encodings.set(encoding, (encoded = encodeOnce[encoding](file)));
  return encoded;
}

/**
 * Answers of 1 KB and more in br or gzip, as the request's Accept-Encoding
 * allows, with `Vary: Accept-Encoding` on every answer. An encoded
 * representation is another representation (RFC 9110, 8.8.3): its ETag is
 * the identity's with the coding added (`"…"` becomes `"…-br"`), and the
 * conditional requests accept either (entity-tags.ts). A 304 repeats the tag
 * the client holds. JSON is compressed as it is sent (koa-compress); the
 * documentation's files, which never change while the server runs, once.
 */
export function compression(): Koa.Middleware[] {
  const perAnswer = compress({
    // Not text/event-stream: a live stream is sent event by event, never held back to fill a compressor.
    filter: (type) => COMPRESSED_TYPES.test(type),
    threshold: COMPRESSION_THRESHOLD,
    encodingPreference: [...ENCODINGS, 'identity'],
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    gzip: { level: GZIP_LEVEL },
    deflate: false,
    zstd: false,
  });

  const filesOnce: Koa.Middleware = async (ctx, next) => {
    await next();
    const file = ctx.body;
    if (!Buffer.isBuffer(file) || file.length < COMPRESSION_THRESHOLD || ctx.status !== 200) return;
    // No Accept-Encoding: sent as it is, as koa-compress does.
    const encoding = ctx.get('Accept-Encoding') && ctx.acceptsEncodings(...ENCODINGS, 'identity');
    if (encoding !== 'br' && encoding !== 'gzip') return;
    const type = ctx.type;
    ctx.body = await encodedFile(file, encoding);
    ctx.type = type;
    ctx.set('Content-Encoding', encoding);
  };

  const tagPerEncoding: Koa.Middleware = async (ctx, next) => {
    await next();
    const tag = ctx.response.get('ETag');
    if (!tag) return;
    if (ctx.status === 304) {
      ctx.set('ETag', matchedTag(ctx.get('If-None-Match'), tag) ?? tag);
      return;
    }
    const encoding = ctx.response.get('Content-Encoding');
    if (encoding) ctx.set('ETag', encodedTag(tag, encoding));
  };

  return [tagPerEncoding, perAnswer, filesOnce];
}
