import type { Knex } from 'knex';
import { announce, type Db } from './db.js';

/** What a live stream sends (the contract's event names). */
export type StreamEventType = 'post' | 'delete' | 'notification';

/** A stream event as kept: whose it is (the post's author, the notification's user), and what it names. */
export interface StreamEventRow {
  id: number;
  type: StreamEventType;
  user_id: number;
  post_id: number | null;
  notification_id: number | null;
}

/**
 * Records a stream event in the transaction of what caused it, and announces
 * it to every instance once that commits: its id is its stream id, the same
 * live as when a reconnecting client is sent what it missed.
 */
export async function recordEvent(trx: Knex, event: Omit<StreamEventRow, 'id' | 'post_id' | 'notification_id'> & { post_id?: number; notification_id?: number }, at = new Date()): Promise<void> {
  const row = { post_id: null, notification_id: null, ...event };
  const [inserted] = await trx('stream_events').insert({ ...row, at }).returning('id');
  await announce(trx, { kind: 'event', id: (inserted as { id: number }).id, ...row });
}

/** Announces that a user's sessions changed (one ended, all ended): its open streams check their tokens again. */
export async function sessionsChanged(trx: Knex, userId: number): Promise<void> {
  await announce(trx, { kind: 'sessions', user_id: userId });
}

/** How long events are kept for clients that reconnect, and how many one is sent at most. */
export const REPLAY_HOURS = 24;
export const MAX_REPLAY = 1000;

/** Where the replay window begins: events from before it are pruned, and never replayed. */
const replayWindowStart = (now: Date) => new Date(now.getTime() - REPLAY_HOURS * 3_600_000);

/**
 * The events after `afterId` (in the last REPLAY_HOURS) a user's stream
 * carries, oldest first, at most MAX_REPLAY: its own notifications, and the
 * new and deleted posts of its own and of those it follows.
 */
export async function eventsSince(db: Db, userId: number, afterId: number, now = new Date()): Promise<StreamEventRow[]> {
  const followed = db.knex('followers').select('followed_id').where('follower_id', userId);
  return db
    .knex('stream_events')
    .where('id', '>', afterId)
    .where('at', '>', replayWindowStart(now))
    .where((whose) =>
      whose
        .where((own) => own.where('type', 'notification').where('user_id', userId))
        .orWhere((feed) => feed.whereIn('type', ['post', 'delete']).where((author) => author.where('user_id', userId).orWhereIn('user_id', followed))),
    )
    .orderBy('id')
    .limit(MAX_REPLAY)
    .select('id', 'type', 'user_id', 'post_id', 'notification_id');
}

/** The id of the latest event recorded (0 when none): where a new stream starts. */
export async function latestEventId(db: Db): Promise<number> {
  const row = await db.knex('stream_events').max({ id: 'id' }).first();
  return Number(row?.id ?? 0);
}

/** Deletes the events older than the replay window. */
export async function pruneEvents(db: Db, now = new Date()): Promise<void> {
  await db.knex('stream_events').where('at', '<=', replayWindowStart(now)).delete();
}

/** Which of `userIds` follow `authorId` (or are it): the streams a post event goes to. */
export async function audienceOf(db: Db, authorId: number, userIds: number[]): Promise<number[]> {
  const audience = userIds.includes(authorId) ? [authorId] : [];
  // In chunks: SQLite binds at most 32,766 values a statement, and short lists plan well on both.
  for (let i = 0; i < userIds.length; i += 500) {
    const chunk = userIds.slice(i, i + 500);
    const rows: { follower_id: number }[] = await db.knex('followers').where('followed_id', authorId).whereIn('follower_id', chunk).select('follower_id');
    audience.push(...rows.map((row) => Number(row.follower_id)));
  }
  return audience;
}

