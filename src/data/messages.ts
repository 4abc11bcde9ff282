import type { Knex } from 'knex';
import { isForeignKeyViolation, lockRows, transaction, type Db } from './db.js';
import { recordIdempotency, type IdempotentCreation } from './idempotency.js';
import type { Slice, Window } from './keyset.js';
import { keysetList } from './keyset-list.js';
import { notify } from './notifications.js';
import { done, missing, type Outcome } from './outcome.js';
import { preparedSelect, type ReadSource } from './reader.js';

/** A message with what its representation needs of its sender and recipient. */
export interface MessageRow {
  id: number;
  sender_id: number;
  recipient_id: number;
  body: string;
  /** A Date on PostgreSQL, epoch milliseconds on SQLite. */
  timestamp: Date | number;
  sender_username: string;
  sender_email: string;
  recipient_username: string;
  recipient_email: string;
}

/** A user's read marker and the count of what it received after it. */
export interface ReadMarkerRow {
  last_read_message_id: number;
  unread_message_count: number;
}

/** The messages joined to both their users, as every read of messages selects them. */
const withUsers = (query: Knex.QueryBuilder) =>
  query.join('users as sender', 'sender.id', 'messages.sender_id').join('users as recipient', 'recipient.id', 'messages.recipient_id');
const MESSAGE_COLUMNS = [
  'messages.id',
  'messages.sender_id',
  'messages.recipient_id',
  'messages.body',
  'messages.timestamp',
  'sender.username as sender_username',
  'sender.email as sender_email',
  'recipient.username as recipient_username',
  'recipient.email as recipient_email',
];

const messageById = preparedSelect<[number], MessageRow>((db, id) => withUsers(db('messages')).where('messages.id', id).first(MESSAGE_COLUMNS));

export function findMessage(db: ReadSource, id: number): Promise<MessageRow | undefined> {
  return messageById.row(db, id);
}

/** The messages of these ids that exist, in no order (for what refers to several messages at once). */
export async function findMessages(db: Db, ids: number[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  return withUsers(db.knex('messages')).whereIn('messages.id', [...new Set(ids)]).select(MESSAGE_COLUMNS);
}

/**
 * Sends a message, counted as unread for its recipient, in one transaction
 * that holds both users' rows (in id order, as every change of counts), with
 * the Idempotency-Key it was sent under, if any. Missing when either account
 * is gone.
 */
export async function sendMessage(
  db: Db,
  senderId: number,
  recipientId: number,
  body: string,
  { creation, at: timestamp = new Date() }: { creation?: IdempotentCreation; at?: Date } = {},
): Promise<Outcome<MessageRow>> {
  try {
    return await transaction(db, async (trx): Promise<Outcome<MessageRow>> => {
      if ((await lockRows(trx, 'users', [senderId, recipientId])) < 2) return missing;
      const [row] = await trx('messages').insert({ sender_id: senderId, recipient_id: recipientId, body, timestamp }).returning('id');
      const { id } = row as { id: number };
      // Every new message is past its recipient's marker, which never passes the last message received (markRead).
      await trx('users').where({ id: recipientId }).increment('unread_message_count', 1);
      await notify(trx, [{ user_id: recipientId, type: 'message', actor_id: senderId, message_id: id }], timestamp);
      await recordIdempotency(trx, creation, id);
      // Represented from what was written: read back after the commit, it could already be gone with either account.
      const users = await trx('users').whereIn('id', [senderId, recipientId]).select('id', 'username', 'email');
      const sender = users.find((user) => user.id === senderId)!;
      const recipient = users.find((user) => user.id === recipientId)!;
      return done({
        id,
        sender_id: senderId,
        recipient_id: recipientId,
        body,
        timestamp,
        sender_username: sender.username,
        sender_email: sender.email,
        recipient_username: recipient.username,
        recipient_email: recipient.email,
      });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) return missing;
    throw error;
  }
}

/**
 * Moves a user's read marker up to `lastReadId`, never back and never past
 * the last message it received (so that a message received later is
 * unread), and counts again what is unread after it. Missing when the user
 * is gone.
 */
export async function markRead(db: Db, userId: number, lastReadId: number): Promise<Outcome<ReadMarkerRow>> {
  return transaction(db, async (trx) => {
    if ((await lockRows(trx, 'users', [userId])) === 0) return missing;
    const { last_read_message_id: marker } = (await trx('users').where({ id: userId }).first('last_read_message_id')) as ReadMarkerRow;
    const latest = await trx('messages').where({ recipient_id: userId }).where('id', '<=', lastReadId).max({ id: 'id' }).first();
    const moved = Math.max(marker, Number(latest?.id ?? 0));
    const unread = await trx('messages').where({ recipient_id: userId }).where('id', '>', moved).count({ total: '*' }).first();
    const row = { last_read_message_id: moved, unread_message_count: Number(unread?.total ?? 0) };
    await trx('users').where({ id: userId }).update(row);
    return done(row);
  });
}

/** A user's two lists of messages: those it received, and those it sent. */
export type MessageList = 'received' | 'sent';
const LISTED_BY: Record<MessageList, string> = { received: 'messages.recipient_id', sent: 'messages.sender_id' };

// Each list newest first, by the (recipient_id, id) and (sender_id, id) indexes.
const messageLists = Object.fromEntries(
  (Object.keys(LISTED_BY) as MessageList[]).map((list) => [
    list,
    keysetList<[number], MessageRow>({
      arity: 1,
      members: (db, userId) => withUsers(db('messages').where(LISTED_BY[list], userId)),
      columns: () => MESSAGE_COLUMNS,
      key: 'messages.id',
      id: (row) => row.id,
    }),
  ]),
) as Record<MessageList, ReturnType<typeof keysetList<[number], MessageRow>>>;

const messageCounts = Object.fromEntries(
  (Object.keys(LISTED_BY) as MessageList[]).map((list) => [
    list,
    preparedSelect<[number], { total: number }>((db, userId) => db('messages').where(LISTED_BY[list], userId).count({ total: '*' }).first()),
  ]),
) as Record<MessageList, ReturnType<typeof preparedSelect<[number], { total: number }>>>;

/** One page of the messages a user received or sent, newest first, and how many there are. */
export async function listMessages(db: Db, list: MessageList, userId: number, window: Window): Promise<{ slice: Slice<MessageRow>; total: number }> {
  const [slice, count] = await Promise.all([messageLists[list](db, [userId], 'desc', window), messageCounts[list].row(db, userId)]);
  return { slice, total: Number(count?.total ?? 0) };
}
