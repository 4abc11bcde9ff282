import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Contract } from '../contract.js';
import { ApiError, reasonPhrase, type ErrorCode } from '../errors.js';
import { fixedHeaders } from './contract-headers.js';

interface Refusal {
  status: number;
  code: ErrorCode;
  /** The contract's response component that describes it. */
  response: string;
  message: (config: Config) => string;
}

/** Node's parser errors and its deadline error, as the contract's answers to them. */
const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    response: 'RequestHeaderFieldsTooLarge',
    message: (config) => `the request headers are larger than ${config.maxHeaderBytes} bytes`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    response: 'RequestTimeout',
    message: () => 'the request was not received in time',
  },
};
const MALFORMED: Refusal = { status: 400, code: 'malformed_request', response: 'BadRequest', message: () => 'the request is not valid HTTP/1.1' };

/** The bytes of a whole HTTP response: a JSON error with the contract's fixed headers for it. */
function rawErrorResponse(error: ApiError, headers: [string, string][], requestId: string): string {
  const { status } = error;
  const body = JSON.stringify(error.toBody());
  const lines = [
    `HTTP/1.1 ${status} ${reasonPhrase(status)}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...headers.map(([name, value]) => `${name}: ${value}`),
    `X-Request-Id: ${requestId}`,
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * The HTTP server in front of the app, with the limits a server facing the
 * internet needs: request headers of at most MAX_HEADER_BYTES, sent within
 * HEADERS_TIMEOUT_MS, and the whole request within REQUEST_TIMEOUT_MS, so a
 * client that trickles bytes holds a connection for seconds, not minutes.
 * Node refuses such requests below Koa, with a bare status line; here they
 * get the contract's JSON error (431, 408, or 400 for a request that is not
 * HTTP) with its headers, a log line, and the connection closed.
 */
export function createHttpServer(app: Koa, contract: Contract, config: Config, logger: Logger): Server {
  const handle = app.callback();
  const server = createServer(
    {
      maxHeaderSize: config.maxHeaderBytes,
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      // Node looks for expired requests this often (30 s by default, which
      // would stretch every deadline by up to that much).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(config.headersTimeoutMs / 4)),
      // Node would answer a missing Host with a bare 400: the app answers it (host.ts).
      requireHostHeader: false,
    },
    handle,
  );
  // An Expect other than 100-continue: RFC 9110 lets a server ignore it and
  // serve the request, which answers the contract's way; Node would send a bare 417.
  server.on('checkExpectation', handle);
  const headersFor = new Map<string, [string, string][]>();
  for (const refusal of [...Object.values(REFUSALS), MALFORMED]) {
    headersFor.set(refusal.response, fixedHeaders(contract.response(refusal.response)).always);
  }

  // The response each connection is sending, if any, seen through the public
  // 'request' event: a deadline can pass while a slow client reads an answer.
  const responding = new WeakMap<object, ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => responding.set(req.socket, res));

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or a socket already answering has no one to tell (as Node's own handler).
    const response = responding.get(socket);
    const answering = response !== undefined && response.headersSent && !response.writableFinished;
    if (error.code === 'ECONNRESET' || !socket.writable || answering) {
      socket.destroy();
      return;
    }
    const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
    const requestId = randomUUID();
    logger.info({ reqId: requestId, status: refusal.status, code: error.code ?? null, ip: (socket as { remoteAddress?: string }).remoteAddress ?? null }, 'request refused');
    socket.end(rawErrorResponse(new ApiError(refusal.status, refusal.code, refusal.message(config)), headersFor.get(refusal.response)!, requestId), () =>
      socket.destroy(),
    );
  });
  return server;
}
