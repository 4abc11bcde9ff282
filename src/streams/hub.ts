import type { Logger } from 'pino';
import { ANNOUNCEMENT, type Announcement, type Database } from '../data/db.js';
import { audienceOf, eventsSince, latestEventId, pruneEvents, type StreamEventRow } from '../data/events.js';
import { concernedBy, findNotification } from '../data/notifications.js';
import { findPost } from '../data/posts.js';
import { findLiveToken } from '../data/tokens.js';
import type { Serializer } from '../http/serializers.js';
import { notificationRepresentation, postRepresentation } from '../representations.js';
import { EventStream } from './event-stream.js';

/** One open stream: whose, through which token, its connection, and what waits while it is sent what it missed. */
interface OpenStream {
  userId: number;
  tokenId: number;
  stream: EventStream;
  /** Live events held while the replay runs (undefined once it is done, or when there is none). */
  held?: { id: number; type: string; data: string }[];
  expiry: NodeJS.Timeout;
}

export interface HubSettings {
  /** How many streams one user may have open on this instance. */
  perUser: number;
  /** How long a stream may be silent before a comment is sent. */
  heartbeatMs: number;
  /** What may wait for a client that does not read, before it is dropped. */
  maxBufferedBytes: number;
  /** The `retry:` hint sent when the server shuts down. */
  retryMs: number;
}

/** The JSON of a stream event's data, by the contract's schemas (Post, Notification). */
export interface EventSerializers {
  post: Serializer;
  notification: Serializer;
}

/**
 * The live streams of this instance, and what reaches them: every event any
 * instance commits (the Database's announcements) goes to the streams it
 * concerns here, rendered once however many streams get it. A stream that
 * reconnects is first sent what it missed, from the database, while new
 * events wait behind it; each stream writes an id once, so the two never
 * overlap or leave a gap.
 */
export class StreamHub {
  private readonly byUser = new Map<number, Set<OpenStream>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly pruning: NodeJS.Timeout;
  /**
   * Announcements are delivered one at a time, in the order they came: a
   * stream writes each id once, so an event rendered late would otherwise be
   * skipped after a later one; and a burst waits here, not for the pool.
   */
  private delivering: Promise<void> = Promise.resolve();
  private readonly listener = (announcement: Announcement) => {
    this.delivering = this.delivering.then(() => this.deliver(announcement));
  };
  /** After announcements may have been missed (listen.ts lost its connection): each stream catches up from the database. */
  private readonly resync = () => {
    for (const streams of this.byUser.values()) {
      for (const open of streams) {
        if (open.held) continue; // replaying already
        open.held = [];
        void this.replay(open, open.stream.lastId);
      }
    }
  };

  constructor(
    private readonly db: Database,
    private readonly settings: HubSettings,
    private readonly serializers: EventSerializers,
    private readonly logger: Logger,
  ) {
    db.announcements.on(ANNOUNCEMENT, this.listener);
    db.announcements.on('resync', this.resync);
    this.heartbeat = setInterval(() => this.beat(), settings.heartbeatMs);
    this.heartbeat.unref();
    this.pruning = setInterval(() => void pruneEvents(db).catch((error) => logger.warn({ err: error }, 'pruning stream events failed')), 600_000);
    this.pruning.unref();
  }

  /** How many streams the user has open here. */
  streamsOf(userId: number): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /** Whether the user may open another stream here. */
  hasRoomFor(userId: number): boolean {
    return this.streamsOf(userId) < this.settings.perUser;
  }

  /**
   * Opens a stream for a user (through a token) that starts after event
   * `afterId` (its Last-Event-ID, or the latest event when it asked for the
   * stream, which latestStart gives): what came since is read from the
   * database, while the live events that arrive meanwhile are held, then
   * written after it (a stream writes each id once).
   */
  open(userId: number, token: { id: number; expiresAt: Date }, afterId: number): EventStream {
    const stream = new EventStream(
      this.settings.maxBufferedBytes,
      afterId,
      () => this.forget(open),
      (bufferedBytes) => this.logger.warn({ userId, bufferedBytes }, 'dropped a stream whose client does not read'),
    );
    // A token that expires ends its streams: the client reconnects with a fresh one.
    const expiry = setTimeout(() => stream.end(this.settings.retryMs), Math.max(0, token.expiresAt.getTime() - Date.now()));
    expiry.unref();
    const open: OpenStream = { userId, tokenId: token.id, stream, expiry, held: [] };
    let streams = this.byUser.get(userId);
    if (!streams) this.byUser.set(userId, (streams = new Set()));
    streams.add(open);
    // A first comment: the response starts now, and proxies know the stream is alive.
    open.stream.comment('connected');
    // Its token was checked before it opened; a revocation that landed since
    // announced itself before this stream was there to hear it: check again,
    // now that any later one will find it.
    this.checkToken(open).catch((error: unknown) =>
      // The database is away: the stream stays, and the next change of the user's sessions checks it.
      this.logger.warn({ err: error, userId }, "could not check a new stream's token"),
    );
    void this.replay(open, afterId);
    return open.stream;
  }

  /** Where a stream opened now without Last-Event-ID starts: after the latest event (asked before the stream is open, so that nothing between is missed). */
  latestStart(): Promise<number> {
    return latestEventId(this.db);
  }

  /**
   * Ends every stream with a `retry:` hint (shutting down: the clients
   * reconnect, to another instance), and resolves once each has been passed
   * on to its connection, or after `timeoutMs`.
   */
  async closeAll(timeoutMs = 1000): Promise<void> {
    const ending: Promise<void>[] = [];
    for (const streams of [...this.byUser.values()]) {
      for (const { stream } of [...streams]) {
        ending.push(new Promise((resolve) => stream.body.once('end', resolve).once('close', resolve)));
        stream.end(this.settings.retryMs);
      }
    }
    await Promise.race([Promise.all(ending), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    clearInterval(this.pruning);
    this.db.announcements.off(ANNOUNCEMENT, this.listener);
    this.db.announcements.off('resync', this.resync);
    await this.closeAll();
  }

  private forget(open: OpenStream): void {
    clearTimeout(open.expiry);
    const streams = this.byUser.get(open.userId);
    streams?.delete(open);
    if (streams?.size === 0) this.byUser.delete(open.userId);
  }

  private beat(): void {
    for (const streams of this.byUser.values()) for (const { stream } of streams) stream.comment('keep-alive');
  }

  /**
   * What the stream missed since `afterId`, from the database, in order;
   * the live events that arrive meanwhile are held, then written after it
   * (those the replay also found are not written twice).
   */
  private async replay(open: OpenStream, afterId: number): Promise<void> {
    try {
      for (const event of await eventsSince(this.db, open.userId, afterId)) {
        if (!open.stream.open) return;
        const rendered = await this.render(event);
        if (rendered) open.stream.send(event.id, event.type, rendered);
      }
      const held = open.held ?? [];
      open.held = undefined;
      for (const event of held.sort((a, b) => a.id - b.id)) open.stream.send(event.id, event.type, event.data);
    } catch (error) {
      this.logger.error({ err: error, userId: open.userId }, 'replaying a stream failed');
      open.stream.end(this.settings.retryMs);
    }
  }

  /** The data of an event, or undefined when what it names is gone (a post deleted since, a notification withdrawn). */
  private async render(event: Pick<StreamEventRow, 'type' | 'post_id' | 'notification_id'>): Promise<string | undefined> {
    switch (event.type) {
      case 'delete':
        return JSON.stringify({ id: event.post_id });
      case 'post': {
        const post = await findPost(this.db, event.post_id!);
        return post && this.serializers.post(postRepresentation(post));
      }
      case 'notification': {
        const notification = await findNotification(this.db, event.notification_id!);
        if (!notification) return undefined;
        const [concerned] = await concernedBy(this.db, [notification]);
        return this.serializers.notification(notificationRepresentation(notification, concerned!));
      }
    }
  }

  /** An announcement from any instance: an event for the streams it concerns here, or a user's sessions to check. */
  private async deliver(announcement: Announcement): Promise<void> {
    try {
      if (announcement.kind === 'sessions') return await this.checkTokens(announcement.user_id);
      const recipients = await this.recipientsOf(announcement);
      if (recipients.length === 0) return;
      const data = await this.render(announcement);
      if (data === undefined) return;
      for (const open of recipients) {
        if (open.held) open.held.push({ id: announcement.id, type: announcement.type, data });
        else open.stream.send(announcement.id, announcement.type, data);
      }
    } catch (error) {
      this.logger.error({ err: error, announcement }, 'delivering a stream event failed');
    }
  }

  /** The open streams an event goes to: a notification's user's; a post's author's and its followers'. */
  private async recipientsOf(event: StreamEventRow): Promise<OpenStream[]> {
    if (event.type === 'notification') return [...(this.byUser.get(event.user_id) ?? [])];
    if (this.byUser.size === 0) return [];
    const audience = await audienceOf(this.db, event.user_id, [...this.byUser.keys()]);
    return audience.flatMap((userId) => [...(this.byUser.get(userId) ?? [])]);
  }

  /** Ends the user's streams whose tokens no longer work (revoked, their session ended, the account deleted). */
  private async checkTokens(userId: number): Promise<void> {
    for (const open of [...(this.byUser.get(userId) ?? [])]) await this.checkToken(open);
  }

  private async checkToken(open: OpenStream): Promise<void> {
    if (!(await findLiveToken(this.db, open.tokenId, new Date()))) open.stream.end();
  }
}
