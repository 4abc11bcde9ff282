import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/** How long and how much a connection is read after an early answer (nginx: lingering_time, lingering_timeout). */
export interface Lingering {
  /** The longest the connection stays open after the answer. */
  totalMs: number;
  /** Closed sooner when the client sends nothing for this long. */
  idleMs: number;
  /** Closed sooner once this much more has been read and discarded. */
  maxBytes: number;
}

export const LINGERING: Lingering = { totalMs: 5_000, idleMs: 1_000, maxBytes: 32 * 1024 * 1024 };

/**
 * The body of an answer sent, with `Connection: close`, before the request's
 * own body was read whole (a 413). Closing a socket while the client is
 * still sending makes the kernel reset the connection, and a client that had
 * not yet read the answer from its buffers loses it (EPIPE, ECONNRESET). So,
 * as nginx does, the answer goes out at once, and the response ends (and
 * the connection with it) only when the request has been read to its end, or
 * after a bounded time or size; whatever arrives meanwhile is discarded.
 */
export function answerThenLinger(req: IncomingMessage, payload: string, limits: Lingering = LINGERING): Readable {
  const body = new Readable({ read() {} });
  body.push(payload);
  let discarded = 0;
  let idle: NodeJS.Timeout | undefined;
  const total = setTimeout(() => end(), limits.totalMs);
  const discard = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limits.maxBytes) return end();
    clearTimeout(idle);
    idle = setTimeout(() => end(), limits.idleMs);
  };
  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    clearTimeout(total);
    clearTimeout(idle);
    req.off('data', discard);
    body.push(null);
  }
  if (req.complete) {
    end();
  } else {
    req.on('data', discard);
    req.once('end', end);
    req.once('close', end);
    idle = setTimeout(() => end(), limits.idleMs);
    req.resume();
  }
  // Koa destroys the body when the client goes away first.
  body.once('close', end);
  return body;
}
