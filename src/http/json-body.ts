import contentType from 'content-type';
import type Koa from 'koa';
import getRawBody from 'raw-body';
import { ApiError, badRequest, clip, invalid, MAX_DETAILS } from '../errors.js';
import { placesNotText } from '../text.js';

/** What an operation's request body may be: its declared media types, and the server's size limit. */
export interface BodyRules {
  mediaTypes: string[];
  maxBytes: number;
}

const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true });

/** The one charset JSON is exchanged in (RFC 8259, 8.1). */
const UTF8 = 'utf-8';

function unsupported(rules: BodyRules, sent: string): ApiError {
  const accepted = rules.mediaTypes.join(' or ');
  return new ApiError(415, 'unsupported_media_type', `the request body must be ${accepted} (optionally with charset=utf-8), not ${clip(sent || 'untyped', 200)}`);
}

/**
 * The media type as the contract declares it, and nothing else: the header
 * must parse (RFC 9110), name a declared type, and carry no parameter but
 * `charset=utf-8`. A body in another type would be read as something else,
 * or not read at all.
 */
function checkMediaType(ctx: Koa.Context, rules: BodyRules): void {
  const sent = ctx.get('content-type');
  let parsed: contentType.ParsedMediaType;
  try {
    parsed = contentType.parse(sent);
  } catch {
    throw unsupported(rules, sent);
  }
  const { charset, ...others } = parsed.parameters;
  const charsetOk = charset === undefined || charset.toLowerCase() === UTF8;
  if (!rules.mediaTypes.includes(parsed.type) || !charsetOk || Object.keys(others).length > 0) throw unsupported(rules, sent);
}

/**
 * The body as text, and whether it was UTF-8. When it was not, each byte that
 * does not belong to a valid sequence becomes the JSON escape of a lone
 * surrogate, so that the field holding it is named like any other string
 * that is not text. Byte by byte, on this error path only.
 */
function decode(bytes: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: strictUtf8().decode(bytes), utf8: true };
  } catch {
    const lone = '\\udfff';
    let text = '';
    let decoder = strictUtf8();
    const feed = (i: number) => (text += decoder.decode(bytes.subarray(i, i + 1), { stream: true }));
    for (let i = 0; i < bytes.length; i++) {
      try {
        feed(i);
      } catch {
        text += lone;
        decoder = strictUtf8();
        // The byte that broke a sequence may start a valid one of its own.
        try {
          feed(i);
        } catch {
          decoder = strictUtf8();
        }
      }
    }
    try {
      text += decoder.decode();
    } catch {
      text += lone; // a sequence cut short by the end of the body
    }
    return { text, utf8: false };
  }
}

const notJson = () => badRequest('malformed_request', 'the request body is not valid JSON', [{ in: 'body', message: 'is not valid JSON' }]);
const notUtf8 = () => badRequest('malformed_request', 'the request body is not valid UTF-8', [{ in: 'body', message: 'is not valid UTF-8' }]);

/**
 * Reads a request's JSON body: the declared media type (415 otherwise), at
 * most `maxBytes` (413, with the connection closed), valid UTF-8 and JSON
 * (400), and every string in it text (400 naming each field that is not).
 * Undefined when the request has no body.
 */
export async function readJsonBody(ctx: Koa.Context, rules: BodyRules): Promise<unknown> {
  const hasBody = Number(ctx.get('content-length') || 0) > 0 || ctx.get('transfer-encoding') !== '';
  if (!hasBody) return undefined;
  checkMediaType(ctx, rules);
  let bytes: Buffer;
  try {
    bytes = await getRawBody(ctx.req, { length: ctx.get('content-length') || undefined, limit: rules.maxBytes });
  } catch (error) {
    if ((error as getRawBody.RawBodyError).type === 'entity.too.large') {
      // The rest is not read: the connection closes once the answer is out (lingering-close.ts).
      throw new ApiError(413, 'body_too_large', `the request body is larger than ${rules.maxBytes} bytes`, { Connection: 'close' });
    }
    throw badRequest('malformed_request', 'the request body could not be read (it ended before its declared length)');
  }
  const { text, utf8 } = decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw notJson();
  }
  const places = placesNotText(value, MAX_DETAILS);
  if (places.length > 0) {
    const message = 'must be valid Unicode text: UTF-8, with no lone surrogate and no U+0000';
    const details = places.map((field) => ({ in: 'body' as const, ...(field ? { field: clip(field, 100) } : {}), message }));
    const sentences = details.map((d) => `${d.field === undefined ? 'the request body' : `body field "${d.field}"`} ${message}`);
    throw invalid(sentences.join('; '), details);
  }
  // Bytes that were not UTF-8 where no string could hold them (after a backslash, say).
  if (!utf8) throw notUtf8();
  return value;
}
