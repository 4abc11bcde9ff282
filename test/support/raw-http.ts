import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { noteError } from './checked-errors.js';
import { checkAgainstContract } from './contract.js';

/** What came back on a raw connection, and whether the server closed it. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
  /** The server ended the connection (rather than the client giving up). */
  closedByServer: boolean;
  /** How many of the chunks were written before the answer came or the socket closed. */
  chunksWritten: number;
}

export interface RawExchange {
  /** The request's method and path, for the contract check. */
  method: string;
  path: string;
  /** Written in order, `gapMs` apart: a slow client's request, byte by byte if it likes. */
  chunks: (string | Buffer)[];
  gapMs?: number;
  /** Give up (and fail) after this long without the server closing. */
  timeoutMs?: number;
}

/**
 * Sends a request over a plain socket, as a slow or broken client would,
 * reads whatever the server answers until it closes the connection, and
 * checks that answer against openapi.yaml like every other response.
 */
export async function rawExchange(baseUrl: string, exchange: RawExchange): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  const received: Buffer[] = [];
  let closedByServer = false;
  let answered = false;
  const closed = new Promise<void>((resolve) => {
    socket.on('data', (chunk) => {
      received.push(chunk);
      answered = true;
    });
    socket.on('end', () => {
      closedByServer = true;
      resolve();
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));

  let chunksWritten = 0;
  for (const chunk of exchange.chunks) {
    if (answered || socket.destroyed || !socket.writable) break;
    socket.write(chunk);
    chunksWritten += 1;
    if (exchange.gapMs) await sleep(exchange.gapMs);
  }
  const giveUp = setTimeout(() => socket.destroy(), exchange.timeoutMs ?? 15_000);
  await closed;
  clearTimeout(giveUp);
  socket.destroy();

  const raw = Buffer.concat(received).toString('utf8');
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const text = split === -1 ? '' : raw.slice(split + 4);
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const isJson = (headers.get('content-type') ?? '').startsWith('application/json');
  const response = { status, headers, text, body: isJson && text ? JSON.parse(text) : undefined, closedByServer, chunksWritten };
  if (status !== 0) {
    const url = new URL(exchange.path, baseUrl);
    checkAgainstContract(exchange.method, url, response);
    noteError(exchange.method, url, response);
  }
  return response;
}

/** A request's bytes, one chunk per character: the slowest client there is. */
export function byteByByte(text: string): string[] {
  return [...text];
}
