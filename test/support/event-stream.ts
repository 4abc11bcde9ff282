import { expect } from 'chai';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { checkAgainstContract, checkSchema } from './contract.js';

/** One Server-Sent Event as a client reads it. */
export interface ServerSentEvent {
  id: number;
  event: string;
  data: unknown;
}

/** The schema each event's data has (the contract's description of GET /api/streams/user). */
const DATA_SCHEMAS: Record<string, string | undefined> = { post: 'Post', notification: 'Notification' };

/**
 * A client of GET /api/streams/user over a real socket, as EventSource reads
 * it: the response is checked against the contract when it starts, each
 * event's data against its schema when it comes, and comments and `retry:`
 * lines are kept for the tests of heartbeats and shutdowns.
 */
export class StreamClient {
  readonly events: ServerSentEvent[] = [];
  readonly comments: string[] = [];
  retry: number | undefined;
  /** Resolves when the server ends the stream (or the connection goes). */
  readonly ended: Promise<void>;
  private buffer = '';
  private waiters: (() => void)[] = [];
  private endedNow = false;

  private constructor(
    readonly response: IncomingMessage,
    private readonly request: http.ClientRequest,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.take(chunk));
    this.ended = new Promise((resolve) => {
      const done = () => {
        this.endedNow = true;
        this.wake();
        resolve();
      };
      response.once('end', done);
      response.once('close', done);
      response.once('error', done);
    });
  }

  /** Opens a stream; resolves with the client once the response has started (any status: a refusal is checked too). */
  static async open(
    baseUrl: string,
    token: string | undefined,
    headers: Record<string, string> = {},
    ca?: Buffer,
  ): Promise<StreamClient | { status: number; body: unknown }> {
    const url = new URL('/api/streams/user', baseUrl);
    const get = url.protocol === 'https:' ? https.get : http.get;
    return new Promise((resolve, reject) => {
      const options = { ca, headers: { accept: 'text/event-stream', ...(token && { authorization: `Bearer ${token}` }), ...headers } };
      const request = get(url, options, (response) => {
        const seenHeaders = new Headers(Object.entries(response.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])) as [string, string][]);
        if (response.statusCode !== 200) {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            const body = JSON.parse(text) as unknown;
            checkAgainstContract('GET', url, { status: response.statusCode!, headers: seenHeaders, text, body });
            resolve({ status: response.statusCode!, body });
          });
          return;
        }
        // The body goes on for as long as the stream: its start ("connected") stands for it.
        checkAgainstContract('GET', url, { status: 200, headers: seenHeaders, text: ': connected', body: undefined });
        resolve(new StreamClient(response, request));
      });
      request.once('error', reject);
    });
  }

  static async opened(baseUrl: string, token: string, headers: Record<string, string> = {}, ca?: Buffer): Promise<StreamClient> {
    const opened = await StreamClient.open(baseUrl, token, headers, ca);
    expect(opened, JSON.stringify((opened as { body?: unknown }).body)).to.be.instanceOf(StreamClient);
    return opened as StreamClient;
  }

  /** Waits until `count` events have come (or fails after `timeoutMs`). */
  async waitForEvents(count: number, timeoutMs = 5000): Promise<ServerSentEvent[]> {
    await this.until(() => this.events.length >= count, timeoutMs, `${count} events (have ${JSON.stringify(this.events.map((e) => [e.id, e.event]))})`);
    return this.events.slice(0, count);
  }

  async until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (this.endedNow) throw new Error(`the stream ended while waiting for ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Stops reading (the socket stays open): the server should drop a client that does this for long. */
  pause(): void {
    this.response.pause();
  }

  close(): void {
    this.request.destroy();
  }

  get hasEnded(): boolean {
    return this.endedNow;
  }

  private take(chunk: string): void {
    this.buffer += chunk;
    let boundary: number;
    while ((boundary = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, boundary);
      this.buffer = this.buffer.slice(boundary + 2);
      this.parse(block);
    }
    this.wake();
  }

  private parse(block: string): void {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      fields[name] = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    }
    if (fields.retry !== undefined) this.retry = Number(fields.retry);
    if (fields.data === undefined) return;
    expect(fields.id, `an event without an id: ${block}`).to.match(/^\d+$/);
    const data = JSON.parse(fields.data) as unknown;
    const schema = DATA_SCHEMAS[fields.event ?? ''];
    if (schema) checkSchema(schema, data, `event ${fields.id} (${fields.event})`);
    else expect(fields.event, `an event the contract names: ${block}`).to.equal('delete');
    if (fields.event === 'delete') expect(Object.keys(data as object)).to.deep.equal(['id']);
    this.events.push({ id: Number(fields.id), event: fields.event!, data });
  }

  private wake(): void {
    this.waiters.splice(0).forEach((wake) => wake());
  }
}
