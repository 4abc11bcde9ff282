import type { Requester } from './auth.js';
import type { Db } from './data/db.js';
import { findMessage, type MessageRow } from './data/messages.js';
import { findPost, type PostRow } from './data/posts.js';
import { findUserById, type UserRow } from './data/users.js';
import { forbidden, notFound } from './errors.js';

/** What a request may reach: a resource that exists (else 404), and one the requester owns (else 403). */

export async function loadUser(db: Db, id: number): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw notFound('user_not_found', `user ${id} does not exist`);
  return user;
}

/** The user at `id`, when it is the requester: 404 when there is no such user, 403 when it is someone else. */
export async function ownUser(db: Db, id: number, requester: Requester, forbiddenMessage: string): Promise<UserRow> {
  if (id === requester.user.id) return requester.user;
  await loadUser(db, id);
  throw forbidden('not_owner', forbiddenMessage);
}

export async function loadPost(db: Db, id: number): Promise<PostRow> {
  const post = await findPost(db, id);
  if (!post) throw notFound('post_not_found', `post ${id} does not exist`);
  return post;
}

/** The post at `id`, when the requester wrote it: 404 when there is no such post, 403 when someone else did. */
export async function ownPost(db: Db, id: number, requester: Requester, action: string): Promise<PostRow> {
  const post = await loadPost(db, id);
  if (post.user_id !== requester.user.id) throw forbidden('not_owner', `you can only ${action} your own posts`);
  return post;
}

/** The message at `id`, when the requester sent or received it: 404 otherwise, so that no one learns which ids are others' messages. */
export async function ownMessage(db: Db, id: number, requester: Requester): Promise<MessageRow> {
  const message = await findMessage(db, id);
  const { id: me } = requester.user;
  if (!message || (message.sender_id !== me && message.recipient_id !== me)) throw notFound('message_not_found', `message ${id} does not exist`);
  return message;
}
