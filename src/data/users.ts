import type { Knex } from 'knex';
import { isUniqueViolation, lockRows, transaction, type Db } from './db.js';
import { recordIdempotency, type IdempotentCreation } from './idempotency.js';
import { sessionsChanged } from './events.js';
import { notify, withdraw } from './notifications.js';
import type { Order, Slice, Window } from './keyset.js';
import { keysetList } from './keyset-list.js';
import { changed, done, missing, sameVersion, type Outcome } from './outcome.js';
import { preparedSelect, selectRow } from './reader.js';
import { adjustTotal, readTotal } from './totals.js';

/** A row of the users table. */
export interface UserRow {
  id: number;
  username: string;
  email: string;
  password_hash: string;
  about_me: string | null;
  /** A Date on PostgreSQL, epoch milliseconds on SQLite. */
  last_seen: Date | number;
  post_count: number;
  follower_count: number;
  followed_count: number;
  /** The last message id the user has read (see data/messages.ts's markRead). */
  last_read_message_id: number;
  unread_message_count: number;
}

export interface NewUserRow {
  username: string;
  email: string;
  password_hash: string;
  about_me?: string | null;
  last_seen: Date;
}

export type UserChanges = Partial<Pick<UserRow, 'username' | 'email' | 'about_me' | 'password_hash'>>;


const userById = preparedSelect<[number], UserRow>((db, id) => db('users').where({ id }).first());

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return userById.row(db, id);
}

/**
 * The page of the users collection filtered to one username (case-insensitive,
 * served by users_username_lower_unique): the user, if any, when the window
 * reaches it. The collection holds one user at most, so there is never more
 * on either side.
 */
export async function listUsersNamed(db: Db, username: string, window: Window): Promise<{ slice: Slice<UserRow>; total: number }> {
  const user = await findUserByUsername(db, username);
  const inWindow =
    user !== undefined &&
    ('before' in window ? user.id < window.before : 'after' in window ? user.id > window.after : window.offset === 0);
  return { slice: { rows: inWindow ? [user] : [], hasNext: false, hasPrevious: false }, total: user ? 1 : 0 };
}

/** Case-insensitive, served by users_username_lower_unique. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return selectRow<UserRow>(db, (knex) => knex('users').whereRaw('lower(username) = lower(?)', [username]).first());
}

/** Whether another user (not `exceptId`) has this username, ignoring case. */
export async function usernameTaken(db: Db, username: string, exceptId = 0): Promise<boolean> {
  const row = await selectRow(db, (knex) => knex('users').whereRaw('lower(username) = lower(?)', [username]).whereNot('id', exceptId).first('id'));
  return row !== undefined;
}

/** Whether another user (not `exceptId`) has this email, ignoring case. */
export async function emailTaken(db: Db, email: string, exceptId = 0): Promise<boolean> {
  const row = await selectRow(db, (knex) => knex('users').whereRaw('lower(email) = lower(?)', [email]).whereNot('id', exceptId).first('id'));
  return row !== undefined;
}

/** The columns a user's representation shows (what its ETag covers). */
const USER_VERSION = ['username', 'email', 'about_me', 'last_seen', 'post_count', 'follower_count', 'followed_count'] as const;

/** Which of a username and email another user (not `exceptId`) holds, ignoring case. */
async function takenField(db: Db, wanted: { username?: string; email?: string }, exceptId: number): Promise<'username' | 'email' | undefined> {
  if (wanted.username !== undefined && (await usernameTaken(db, wanted.username, exceptId))) return 'username';
  if (wanted.email !== undefined && (await emailTaken(db, wanted.email, exceptId))) return 'email';
  return undefined;
}

/**
 * Runs a write that claims a username or email: taken when another user
 * holds either, by the check before the write or, when a concurrent request
 * won the race, by the unique index, which the same check then explains.
 */
async function claiming<T>(db: Db, wanted: { username?: string; email?: string }, exceptId: number, write: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const taken = await takenField(db, wanted, exceptId);
  if (taken) return { status: 'taken', field: taken };
  try {
    return await write();
  } catch (error) {
    const lost = isUniqueViolation(error) ? await takenField(db, wanted, exceptId) : undefined;
    if (lost) return { status: 'taken', field: lost };
    throw error;
  }
}

/** Writes a user and counts it, in one transaction, with the Idempotency-Key it was created under, if any. */
export async function insertUser(db: Db, user: NewUserRow, creation?: IdempotentCreation): Promise<Outcome<UserRow>> {
  return claiming(db, user, 0, () =>
    transaction(db, async (trx) => {
      const [row] = await trx<UserRow>('users').insert(user).returning('*');
      await adjustTotal(trx, 'users', 1);
      await recordIdempotency(trx, creation, (row as UserRow).id);
      return done(row as UserRow);
    }),
  );
}

/**
 * Deletes a user with its posts, follow edges and tokens, and takes the
 * edges off the counts of everyone on the other end, in one transaction that
 * holds the rows of the user and of everyone it follows or is followed by
 * (in id order, as follow and unfollow take theirs): a follow racing with the
 * deletion waits, and then fails on the foreign key instead of counting an
 * edge the cascade removes. Its posts go by cascade; the replies others wrote
 * to them stay (in_reply_to set to null), and the posts its own replies
 * answered count them no more. Changed when the user is not the version
 * `expected` (an If-Match).
 */
export async function deleteUser(db: Db, id: number, expected?: UserRow): Promise<Outcome<UserRow>> {
  return transaction(db, async (trx) => {
    const followed = await trx('followers').where({ follower_id: id }).pluck('followed_id');
    const followers = await trx('followers').where({ followed_id: id }).pluck('follower_id');
    const messaged = await trx('messages').where({ sender_id: id }).distinct().pluck('recipient_id');
    await lockRows(trx, 'users', [id, ...followed, ...followers, ...messaged]);
    const user = await trx<UserRow>('users').where({ id }).first();
    if (!user) return missing;
    if (!sameVersion(user, expected, USER_VERSION)) return changed;
    await trx('users')
      .whereIn('id', trx('followers').select('followed_id').where({ follower_id: id }))
      .decrement('follower_count', 1);
    await trx('users')
      .whereIn('id', trx('followers').select('follower_id').where({ followed_id: id }))
      .decrement('followed_count', 1);
    // Its likes go with it (by cascade): the posts it liked count them no more.
    await trx('posts')
      .whereIn('id', trx('likes').select('post_id').where({ user_id: id }))
      .decrement('like_count', 1);
    // Its replies go with it: the posts they replied to count them no more.
    await trx('posts')
      .whereIn('id', trx('posts').select('in_reply_to').where({ user_id: id }).whereNotNull('in_reply_to'))
      .update({ reply_count: trx.raw('reply_count - (SELECT count(*) FROM posts AS r WHERE r.in_reply_to = posts.id AND r.user_id = ?)', [id]) });
    // Its messages go with it (by cascade): their recipients no longer count those they had not read.
    await trx('users')
      .whereIn('id', trx('messages').select('recipient_id').where({ sender_id: id }))
      .update({
        unread_message_count: trx.raw(
          'unread_message_count - (SELECT count(*) FROM messages AS m WHERE m.sender_id = ? AND m.recipient_id = users.id AND m.id > users.last_read_message_id)',
          [id],
        ),
      });
    await trx('users').where({ id }).delete();
    await sessionsChanged(trx, id);
    await adjustTotal(trx, 'users', -1);
    await adjustTotal(trx, 'posts', -user.post_count);
    return done(user);
  });
}

/**
 * Changes a user in a transaction that holds its row, once it is known to be
 * the version `expected` (an If-Match), when one is, and the username or
 * email it claims to be free. A new password hash ends every session of the
 * user but `keepSessionId` (the one that asked): a stolen token dies with the
 * old password.
 */
export async function updateUser(
  db: Db,
  id: number,
  changes: UserChanges,
  { expected, keepSessionId }: { expected?: UserRow; keepSessionId?: number } = {},
): Promise<Outcome<UserRow>> {
  return claiming(db, changes, id, () =>
    transaction(db, async (trx) => {
      if ((await lockRows(trx, 'users', [id])) === 0) return missing;
      if (!sameVersion((await trx<UserRow>('users').where({ id }).first())!, expected, USER_VERSION)) return changed;
      const [row] = await trx<UserRow>('users').where({ id }).update(changes).returning('*');
      if (changes.password_hash) {
        await trx('sessions').where({ user_id: id }).whereNot({ id: keepSessionId ?? 0 }).delete();
        await sessionsChanged(trx, id);
      }
      return done(row as UserRow);
    }),
  );
}

/** Replaces a password hash with one of the same password (a higher bcrypt cost), if it is still the one read. */
export async function replacePasswordHash(db: Db, id: number, previous: string, next: string): Promise<void> {
  await db.knex('users').where({ id, password_hash: previous }).update({ password_hash: next });
}

export async function touchLastSeen(db: Db, id: number, now: Date): Promise<void> {
  await db.knex('users').where({ id }).update({ last_seen: now });
}

// All users, in id order.
const usersList = keysetList<[], UserRow>({ arity: 0, members: (db) => db('users'), columns: () => ['users.*'], key: 'users.id', id: (row) => row.id });

/** One page of all users in id order, and how many users there are. */
export async function listUsers(db: Db, order: Order, window: Window): Promise<{ slice: Slice<UserRow>; total: number }> {
  const [page, total] = await Promise.all([usersList(db, [], order, window), readTotal(db, 'users')]);
  return { slice: page, total };
}

/**
 * A user's two lists of follow edges, as the contract names them: its
 * followers (the `follower_id` of edges whose `followed_id` is the user) and
 * the users it follows (the `followed_id` of edges whose `follower_id` it is).
 */
const FOLLOW_LISTS = {
  followers: { item: 'follower_id', of: 'followed_id' },
  followed: { item: 'followed_id', of: 'follower_id' },
} as const;

export type FollowList = keyof typeof FOLLOW_LISTS;

/** The users of each of a user's lists, joined, in the order of their ids. */
const followLists = Object.fromEntries(
  Object.entries(FOLLOW_LISTS).map(([list, { item, of }]) => [
    list,
    keysetList<[number], UserRow>({
      arity: 1,
      members: (db, userId) => db('followers').where(`followers.${of}`, userId).join('users', 'users.id', `followers.${item}`),
      columns: () => ['users.*'],
      key: `followers.${item}`,
      id: (row) => row.id,
    }),
  ]),
) as Record<FollowList, ReturnType<typeof keysetList<[number], UserRow>>>;

/**
 * One page, in id order, of a user's followers or of the users it follows
 * (`followed`); the total is the user's own counter.
 */
export function listFollowUsers(db: Db, list: FollowList, userId: number, order: Order, window: Window): Promise<Slice<UserRow>> {
  return followLists[list](db, [userId], order, window);
}

const followEdge = preparedSelect<[number, number], { follower_id: number }>((db, followerId, followedId) =>
  db('followers').where({ follower_id: followerId, followed_id: followedId }).first('follower_id'),
);

export async function isFollowing(db: Db, followerId: number, followedId: number): Promise<boolean> {
  return (await followEdge.row(db, followerId, followedId)) !== undefined;
}

/**
 * Makes `followerId` follow `followedId`, and counts it on both users in the
 * same transaction, which holds both rows (in id order). Following twice
 * changes nothing. Missing when either user is not there (any more).
 */
export async function follow(db: Db, followerId: number, followedId: number): Promise<Outcome<void>> {
  return transaction(db, async (trx) => {
    if ((await lockRows(trx, 'users', [followerId, followedId])) < 2) return missing;
    const inserted = await trx('followers')
      .insert({ follower_id: followerId, followed_id: followedId })
      .onConflict(['follower_id', 'followed_id'])
      .ignore()
      .returning('follower_id');
    if (inserted.length > 0) {
      await trx('users').where({ id: followerId }).increment('followed_count', 1);
      await trx('users').where({ id: followedId }).increment('follower_count', 1);
      await notify(trx, [{ user_id: followedId, type: 'follow', actor_id: followerId }]);
    }
    return done(undefined);
  });
}

/**
 * The reverse of follow: uncounts the edge only if there was one. Missing
 * when either user is not there; unfollowing yourself changes nothing
 * (nobody follows themselves).
 */
export async function unfollow(db: Db, followerId: number, followedId: number): Promise<Outcome<void>> {
  return transaction(db, async (trx) => {
    if ((await lockRows(trx, 'users', [followerId, followedId])) < new Set([followerId, followedId]).size) return missing;
    // A row count, not RETURNING: knex's SQLite dialect ignores RETURNING on DELETE.
    const deleted = await trx('followers').where({ follower_id: followerId, followed_id: followedId }).delete();
    if (deleted > 0) {
      await trx('users').where({ id: followerId }).decrement('followed_count', 1);
      await trx('users').where({ id: followedId }).decrement('follower_count', 1);
      await withdraw(trx, { user_id: followedId, type: 'follow', actor_id: followerId });
    }
    return done(undefined);
  });
}
