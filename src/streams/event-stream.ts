import { PassThrough } from 'node:stream';

/** How many written ids a stream remembers to write none twice: far more than arrive out of order. */
const MAX_RECENT = 1000;

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
  /**
   * The ids of the events written lately, so that none is written twice (a
   * replay and the live events overlap). Not only a high mark: ids come from
   * a sequence, and two transactions may commit in the other order than
   * their ids, so an event may arrive after one with a higher id.
   */
  private readonly recent = new Set<number>();
  /** The highest event id written, or where the stream started: its position, as a reconnection's Last-Event-ID gives it. */
  lastId: number;

  /** `start`: the stream carries the events after this id (its Last-Event-ID, or the latest event when it opened). */
  constructor(
    private readonly maxBufferedBytes: number,
    readonly start: number,
    private readonly onEnd: () => void,
    private readonly onDrop: (bufferedBytes: number) => void = () => undefined,
  ) {
    this.lastId = start;
    this.body.once('close', () => this.finish());
  }

  get open(): boolean {
    return !this.ended;
  }

  /** Writes an event unless it was written already, or is from before the stream's start; false once the stream is gone. */
  send(id: number, event: string, data: string): boolean {
    if (this.ended || id <= this.start || this.recent.has(id)) return !this.ended;
    this.recent.add(id);
    if (this.recent.size > MAX_RECENT) this.recent.delete(this.recent.values().next().value as number);
    this.lastId = Math.max(this.lastId, id);
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
