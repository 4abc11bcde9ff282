import type { Knex } from 'knex';
import { lockRows, transaction, type Db } from './db.js';
import type { Order, Slice, Window } from './keyset.js';
import { keysetList } from './keyset-list.js';
import { notify, withdraw } from './notifications.js';
import { done, missing, type Outcome } from './outcome.js';
import type { PostRow } from './posts.js';
import { postColumns } from './posts.js';
import { preparedSelect } from './reader.js';
import type { UserRow } from './users.js';

/**
 * Holds the user's row, then the post's (users before posts, the order of
 * every change of counts), and runs `change` once both are known to be there.
 */
async function withUserAndPost(db: Db, userId: number, postId: number, change: (trx: Knex) => Promise<void>): Promise<Outcome<void>> {
  return transaction(db, async (trx) => {
    if ((await lockRows(trx, 'users', [userId])) === 0) return missing;
    if ((await lockRows(trx, 'posts', [postId])) === 0) return missing;
    await change(trx);
    return done(undefined);
  });
}

/** Makes a user like a post, counted in its like_count; liking twice changes nothing. Missing when either is not there. */
export function like(db: Db, userId: number, postId: number, now: Date): Promise<Outcome<void>> {
  return withUserAndPost(db, userId, postId, async (trx) => {
    const inserted = await trx('likes').insert({ user_id: userId, post_id: postId, liked_at: now }).onConflict(['user_id', 'post_id']).ignore().returning('id');
    if (inserted.length > 0) {
      await trx('posts').where({ id: postId }).increment('like_count', 1);
      const { user_id: author } = (await trx('posts').where({ id: postId }).first('user_id')) as { user_id: number };
      await notify(trx, [{ user_id: author, type: 'like', actor_id: userId, post_id: postId }], now);
    }
  });
}

/** The reverse of like: uncounts the like only if there was one. */
export function unlike(db: Db, userId: number, postId: number): Promise<Outcome<void>> {
  return withUserAndPost(db, userId, postId, async (trx) => {
    // A row count, not RETURNING: knex's SQLite dialect ignores RETURNING on DELETE.
    const deleted = await trx('likes').where({ user_id: userId, post_id: postId }).delete();
    if (deleted > 0) {
      await trx('posts').where({ id: postId }).decrement('like_count', 1);
      await withdraw(trx, { type: 'like', actor_id: userId, post_id: postId });
    }
  });
}

const likeOf = preparedSelect<[number, number], { id: number }>((db, userId, postId) => db('likes').where({ user_id: userId, post_id: postId }).first('id'));

export async function isLiked(db: Db, userId: number, postId: number): Promise<boolean> {
  return (await likeOf.row(db, userId, postId)) !== undefined;
}

// Who likes a post, in user id order (likes' (post_id, user_id) index).
const likersList = keysetList<[number], UserRow>({
  arity: 1,
  members: (db, postId) => db('likes').where('likes.post_id', postId).join('users', 'users.id', 'likes.user_id'),
  columns: () => ['users.*'],
  key: 'likes.user_id',
  id: (row) => row.id,
});

/** One page of the users who like a post, in id order; the total is the post's like_count. */
export function listLikers(db: Db, postId: number, order: Order, window: Window): Promise<Slice<UserRow>> {
  return likersList(db, [postId], order, window);
}

/** A post a user liked, with the like's id: its position in the user's list. */
export type LikedPostRow = PostRow & { like_id: number };

// The posts a user liked, most recently liked first: by the like's id (unique (user_id, post_id) leads with user_id).
const likedList = keysetList<[number], LikedPostRow>({
  arity: 1,
  members: (db, userId) => db('likes').where('likes.user_id', userId).join('posts', 'posts.id', 'likes.post_id').join('users', 'users.id', 'posts.user_id'),
  columns: (db) => [...postColumns(db), 'likes.id as like_id'],
  key: 'likes.id',
  id: (row) => row.like_id,
});
const likedCount = preparedSelect<[number], { total: number }>((db, userId) => db('likes').where({ user_id: userId }).count({ total: '*' }).first());

/** One page of the posts a user liked, most recently liked first; the cursors are like ids. */
export async function listLikedPosts(db: Db, userId: number, window: Window): Promise<{ slice: Slice<LikedPostRow>; total: number }> {
  const [liked, count] = await Promise.all([likedList(db, [userId], 'desc', window), likedCount.row(db, userId)]);
  return { slice: liked, total: Number(count?.total ?? 0) };
}
