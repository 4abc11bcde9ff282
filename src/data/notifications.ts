import type { Knex } from 'knex';
import type { components } from '../generated/openapi.js';
import type { Db } from './db.js';
import { recordEvent } from './events.js';
import { findMessages, type MessageRow } from './messages.js';
import { findPosts, type PostRow } from './posts.js';
import type { Slice, Window } from './keyset.js';
import { keysetList } from './keyset-list.js';
import { preparedSelect } from './reader.js';

export type NotificationType = components['schemas']['NotificationType'];

/** What a notification says: who is told what, by whom, about which post or message. */
export interface Notice {
  user_id: number;
  type: NotificationType;
  actor_id: number;
  post_id?: number | null;
  message_id?: number | null;
}

/** A notification with what its representation needs of its actor. */
export interface NotificationRow {
  id: number;
  user_id: number;
  type: NotificationType;
  actor_id: number;
  post_id: number | null;
  message_id: number | null;
  /** A Date on PostgreSQL, epoch milliseconds on SQLite. */
  timestamp: Date | number;
  actor_username: string;
  actor_email: string;
}

/**
 * Writes notifications in the transaction of what caused them (the caller's
 * `trx`), each with its stream event, except those that would tell users
 * what they did themselves.
 */
export async function notify(trx: Knex, notices: Notice[], at = new Date()): Promise<void> {
  const told = notices.filter((notice) => notice.user_id !== notice.actor_id).map((notice) => ({ post_id: null, message_id: null, ...notice, timestamp: at }));
  for (const notification of told) {
    const [row] = await trx('notifications').insert(notification).returning('id');
    await recordEvent(trx, { type: 'notification', user_id: notification.user_id, notification_id: (row as { id: number }).id }, at);
  }
}

/** Deletes the notifications of a cause that was undone (an unfollow, an unlike, a mention edited away). */
export async function withdraw(trx: Knex, notice: Omit<Notice, 'user_id'> & { user_id?: number }): Promise<void> {
  const named = Object.fromEntries(Object.entries({ post_id: null, message_id: null, ...notice }).filter(([, value]) => value !== undefined));
  await trx('notifications').where(named).delete();
}

/** Notifications joined to their actors, and what every read of them selects. */
const withActor = (query: Knex.QueryBuilder) => query.join('users as actor', 'actor.id', 'notifications.actor_id');
const NOTIFICATION_COLUMNS = ['notifications.*', 'actor.username as actor_username', 'actor.email as actor_email'];

// A user's notifications in id order, by the (user_id, id) index.
const notificationList = keysetList<[number], NotificationRow>({
  arity: 1,
  members: (db, userId) => withActor(db('notifications').where('notifications.user_id', userId)),
  columns: () => NOTIFICATION_COLUMNS,
  key: 'notifications.id',
  id: (row) => row.id,
});

const notificationById = preparedSelect<[number], NotificationRow>((db, id) => withActor(db('notifications')).where('notifications.id', id).first(NOTIFICATION_COLUMNS));

export function findNotification(db: Db, id: number): Promise<NotificationRow | undefined> {
  return notificationById.row(db, id);
}

/** For each notification, in order, the post or message it concerns (read in one query of each, whatever their number). */
export async function concernedBy(db: Db, notifications: NotificationRow[]): Promise<{ post?: PostRow; message?: MessageRow }[]> {
  const ids = (key: 'post_id' | 'message_id') => notifications.flatMap((row) => (row[key] === null ? [] : [row[key]]));
  const [posts, messages] = await Promise.all([findPosts(db, ids('post_id')), findMessages(db, ids('message_id'))]);
  const post = new Map(posts.map((row) => [row.id, row]));
  const message = new Map(messages.map((row) => [row.id, row]));
  return notifications.map((row) => ({
    post: row.post_id === null ? undefined : post.get(row.post_id),
    message: row.message_id === null ? undefined : message.get(row.message_id),
  }));
}

const notificationCount = preparedSelect<[number], { total: number }>((db, userId) => db('notifications').where({ user_id: userId }).count({ total: '*' }).first());

/** One page of a user's notifications, oldest first, and how many there are. */
export async function listNotifications(db: Db, userId: number, window: Window): Promise<{ slice: Slice<NotificationRow>; total: number }> {
  const [slice, count] = await Promise.all([notificationList(db, [userId], 'asc', window), notificationCount.row(db, userId)]);
  return { slice, total: Number(count?.total ?? 0) };
}
