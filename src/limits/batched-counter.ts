import type { Limit } from '../config.js';
import type { CountDelta, SharedCounts } from '../data/shared-counts.js';

/** What one call was told of its budget. */
export interface Count {
  allowed: boolean;
  remaining: number;
  /** Until the window ends. */
  msBeforeNext: number;
}

interface Entry {
  /** The window's start, in ms since the epoch. */
  window: number;
  /** The shared count as of the last flush that answered, this process's calls included. */
  shared: number;
  /** This process's calls sent in a flush that has not answered yet. */
  sending: number;
  /** This process's calls not sent yet. */
  pending: number;
  /** When this process last counted a call of the key. */
  lastCall: number;
}

/** A key this process counted within this long is looked up at every flush, to learn the other processes' calls. */
const WATCH_MS = 1000;

/** How often a process adds its calls to the shared counts, and learns the others'. */
export const FLUSH_MS = 100;

/**
 * Calls per key in fixed windows, counted in this process's memory (a Map
 * lookup: a read pays no store write) and added to the counts every process
 * shares in batches, every FLUSH_MS, off the requests' path; each flush also
 * brings back the total, the other processes' calls included.
 *
 * The price of that is the overshoot, stated in README: a process decides
 * with the others' calls as of its last flush, so across P processes a key
 * can get, beyond its limit, what the other P − 1 processes let through in
 * one FLUSH_MS and a store round trip; and never more than P × the limit in
 * a window, since each process alone holds a key to the whole limit. Calls
 * spaced more than FLUSH_MS apart are counted exactly. While the store
 * fails, counts stay in this process and are sent with the next flush.
 */
export class BatchedCounter {
  private readonly entries = new Map<string, Entry>();
  private readonly timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  /** The store failed at the last flush: said once, not at every flush of an outage. */
  private failing = false;

  constructor(
    private readonly prefix: string,
    private readonly limit: Limit,
    private readonly shared: SharedCounts | undefined,
    private readonly onStoreError: (error: unknown) => void = () => undefined,
  ) {
    if (shared) {
      this.timer = setInterval(() => void this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Counts one call of `key`, unless its window's budget is spent. */
  consume(key: string, now = Date.now()): Count {
    const length = this.limit.seconds * 1000;
    const window = now - (now % length);
    let entry = this.entries.get(key);
    if (!entry || entry.window !== window) {
      entry = { window, shared: 0, sending: 0, pending: 0, lastCall: now };
      this.entries.set(key, entry);
    }
    const used = entry.shared + entry.sending + entry.pending;
    const msBeforeNext = window + length - now;
    entry.lastCall = now;
    if (used >= this.limit.points) return { allowed: false, remaining: 0, msBeforeNext };
    entry.pending += 1;
    return { allowed: true, remaining: this.limit.points - used - 1, msBeforeNext };
  }

  /** Sends the calls counted since the last flush, and learns the totals; one flush at a time. */
  flush(now = Date.now()): Promise<void> {
    this.flushing ??= this.send(now).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async send(now: number): Promise<void> {
    if (!this.shared) return;
    const length = this.limit.seconds * 1000;
    const current = now - (now % length);
    const batch: [Entry, CountDelta][] = [];
    for (const [key, entry] of this.entries) {
      if (entry.window < current && entry.pending === 0 && entry.sending === 0) {
        this.entries.delete(key); // a past window, nothing left to send
        continue;
      }
      // Calls to add; and a key still in use is looked up, to learn the other processes' calls.
      const watched = entry.window === current && now - entry.lastCall < WATCH_MS;
      if (entry.pending === 0 && (!watched || entry.sending > 0)) continue;
      batch.push([entry, { key: `${this.prefix}:${key}:${entry.window}`, delta: entry.pending, expiresAt: entry.window + length }]);
      entry.sending += entry.pending;
      entry.pending = 0;
    }
    if (batch.length === 0) return;
    try {
      const totals = await this.shared.add(batch.map(([, delta]) => delta));
      for (const [entry, { key, delta }] of batch) {
        entry.sending -= delta;
        const total = totals.get(key);
        if (total !== undefined) entry.shared = total;
      }
      this.failing = false;
    } catch (error) {
      // Kept, and sent again with the next flush.
      for (const [entry, { delta }] of batch) {
        entry.sending -= delta;
        entry.pending += delta;
      }
      if (!this.failing) this.onStoreError(error);
      this.failing = true;
    }
  }

  /** Stops flushing, after sending what is left (what a flush under way did not take, too). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}
