import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import type Koa from 'koa';
import Negotiator from 'negotiator';
import { encodedTag, matchedTag } from './entity-tags.js';

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/** What the API answers that is worth compressing: JSON, YAML, and the documentation's page, script and styles. */
const COMPRESSED_TYPES = /^(application\/(json|yaml|javascript)|text\/(html|css|javascript))\b/;

/** The codings offered, the server's preference first: it breaks a tie between equal qualities. */
const CODINGS = ['br', 'gzip', 'identity'];
type Encoding = 'br' | 'gzip';

const compressBrotli = promisify<Buffer, BrotliOptions, Buffer>(brotliCompress);
const compressGzip = promisify<Buffer, ZlibOptions, Buffer>(gzip);

/**
 * An answer is compressed at once, whole (its body is a string or a Buffer
 * of known size): brotli at quality 4 with a 256 KiB window, gzip at level
 * 6. Up to 64 KiB (every page of the API) on the event loop, which costs a
 * quarter of the CPU of a trip through libuv's threads (89 µs against 369
 * µs for a 9.6 KB page in br, measured with process.cpuUsage) and holds the
 * loop about as long as serializing the page did; larger bodies go to the
 * threads. A Transform stream per answer (koa-compress) cost more still:
 * 522 µs of CPU for the users page of 25 in br (npm run bench).
 */
const ON_THE_LOOP = 64 * 1024;
const brotliOptions = (body: Buffer): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});
const GZIP_OPTIONS: ZlibOptions = { level: 6 };
const perAnswer = {
  br: async (body: Buffer) => (body.length <= ON_THE_LOOP ? brotliCompressSync(body, brotliOptions(body)) : compressBrotli(body, brotliOptions(body))),
  gzip: async (body: Buffer) => (body.length <= ON_THE_LOOP ? gzipSync(body, GZIP_OPTIONS) : compressGzip(body, GZIP_OPTIONS)),
};

/**
 * The documentation's files never change while the server runs: compressed
 * once each, on the first request that asks, and kept. Brotli at quality 9:
 * swagger-ui-bundle.js (1.73 MB) becomes 392 KB in 0.3 s, where quality 11
 * saves 33 KB more in 4.1 s that its first reader would wait.
 */
const once = {
  br: (body: Buffer) => compressBrotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body: Buffer) => compressGzip(body, { level: 9 }),
};
const encodedFiles = new WeakMap<Buffer, Map<Encoding, Promise<Buffer>>>();

function encodedFile(file: Buffer, encoding: Encoding): Promise<Buffer> {
  let encodings = encodedFiles.get(file);
  if (!encodings) encodedFiles.set(file, (encodings = new Map()));
  let encoded = encodings.get(encoding);
  if (!encoded) encodings.set(encoding, (encoded = once[encoding](file)));
  return encoded;
}

/** The coding the request asks for, br before gzip when it likes both as well; none without Accept-Encoding. */
function negotiated(ctx: Koa.Context): Encoding | undefined {
  const accept = ctx.get('Accept-Encoding');
  if (!accept) return undefined;
  const chosen = new Negotiator({ headers: { 'accept-encoding': accept } }).encoding(CODINGS, { preferred: CODINGS });
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

/**
 * Answers of 1 KB and more in br or gzip, as the request's Accept-Encoding
 * allows, with `Vary: Accept-Encoding` on every answer. An encoded
 * representation is another representation (RFC 9110, 8.8.3): its ETag is
 * the identity's with the coding added (`"…"` becomes `"…-br"`), and the
 * conditional requests accept either (entity-tags.ts); a 304 repeats the
 * tag the client holds. A live event stream is never held back to fill a
 * compressor: only whole bodies are compressed. HEAD answers as identity
 * (RFC 9110, 9.3.2 lets it leave out what only the body settles).
 */
export function compression(): Koa.Middleware {
  return async (ctx, next) => {
    ctx.vary('Accept-Encoding');
    await next();
    const tag = ctx.response.get('ETag');
    if (ctx.status === 304) {
      if (tag) ctx.set('ETag', matchedTag(ctx.get('If-None-Match'), tag) ?? tag);
      return;
    }
    const { body } = ctx;
    if (ctx.method === 'HEAD' || (typeof body !== 'string' && !Buffer.isBuffer(body))) return;
    if (ctx.response.get('Content-Encoding') || !COMPRESSED_TYPES.test(ctx.type) || /\bno-transform\b/.test(ctx.response.get('Cache-Control'))) return;
    // Measured, not copied: most answers are small, or asked for uncompressed, and are sent as the strings they are.
    if ((typeof body === 'string' ? Buffer.byteLength(body) : body.length) < COMPRESSION_THRESHOLD) return;
    const encoding = negotiated(ctx);
    if (!encoding) return;
    const type = ctx.type;
    // A Buffer body is one of the documentation's files, read once at start (handlers/documentation.ts); every other answer is a string.
    ctx.body = Buffer.isBuffer(body) ? await encodedFile(body, encoding) : await perAnswer[encoding](Buffer.from(body));
    ctx.type = type;
    ctx.set('Content-Encoding', encoding);
    if (tag) ctx.set('ETag', encodedTag(tag, encoding));
  };
}
