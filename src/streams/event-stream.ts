import { PassThrough } from 'node:stream';

/**
 * One client's text/event-stream: events written as the SSE format says
 * (`id`, `event`, `data`, a blank line), comments to keep proxies from
 * closing an idle connection, and an end with a `retry:` hint. A client
 * that stops reading is dropped once what waits for it passes
 * `maxBufferedBytes`, instead of growing this process's memory without end.
 */
export class EventStream {
  readonly body = new PassThrough();
  private ended = false;
  /** The id of the last event written, so that nothing is sent twice (a replay and the live events can overlap). */
  lastId: number;

  constructor(
    private readonly maxBufferedBytes: number,
    lastId: number,
    private readonly onEnd: () => void,
    private readonly onDrop: (bufferedBytes: number) => void = () => undefined,
  ) {
    this.lastId = lastId;
    this.body.once('close', () => this.finish());
  }

  get open(): boolean {
    return !this.ended;
  }

  /** Writes an event unless it was written already (its id is not past the last); false once the stream is gone. */
  send(id: number, event: string, data: string): boolean {
    if (this.ended || id <= this.lastId) return !this.ended;
    this.lastId = id;
    return this.write(`id: ${id}\nevent: ${event}\ndata: ${data}\n\n`);
  }

  /** A comment line: proxies see traffic, clients ignore it. */
  comment(text: string): boolean {
    return this.write(`: ${text}\n\n`);
  }

  /** Ends the stream, telling the client when to reconnect (with Last-Event-ID, which EventSource sends by itself). */
  end(retryMs?: number): void {
    if (this.ended) return;
    if (retryMs !== undefined) this.body.write(`retry: ${retryMs}\n\n`);
    this.finish();
    this.body.end();
  }

  private write(text: string): boolean {
    if (this.ended) return false;
    this.body.write(text);
    if (this.body.writableLength > this.maxBufferedBytes) {
      // The client reads slower than events come: let it go, and reconnect when it can.
      this.onDrop(this.body.writableLength);
      this.finish();
      this.body.destroy();
      return false;
    }
    return true;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}
