import { hash } from 'node:crypto';
import type { components } from './generated/openapi.js';
import { mentionsOf, type PostRow } from './data/posts.js';
import type { MessageRow } from './data/messages.js';
import type { NotificationRow } from './data/notifications.js';
import type { UserRow } from './data/users.js';

export type User = components['schemas']['User'];
export type UserCollection = components['schemas']['UserCollection'];
export type PageMeta = components['schemas']['PageMeta'];
export type PageLinks = components['schemas']['PageLinks'];
export type Post = components['schemas']['Post'];
export type Message = components['schemas']['Message'];
export type Notification = components['schemas']['Notification'];

export const userUrl = (id: number) => `/api/users/${id}`;
export const postUrl = (id: number) => `/api/posts/${id}`;
export const messageUrl = (id: number) => `/api/messages/${id}`;

/** Avatars computed, by email: a page of 25 users or posts would hash 25 emails each time. */
const avatars = new Map<string, string>();
/** Enough for the users being read at any moment; past it, the map starts again. */
const MAX_AVATARS = 10_000;

/** Gravatar identifies a face by the MD5 of the trimmed, lower-cased email. */
export function avatarUrl(email: string): string {
  let url = avatars.get(email);
  if (url === undefined) {
    url = `https://www.gravatar.com/avatar/${hash('md5', email.trim().toLowerCase(), 'hex')}?d=identicon&s=128`;
    if (avatars.size >= MAX_AVATARS) avatars.clear();
    avatars.set(email, url);
  }
  return url;
}

export function isoTime(value: Date | number): string {
  return new Date(value).toISOString();
}

/** A user as `requesterId` may see it: the email and the unread message count only for the user itself. */
export function userRepresentation(row: UserRow, requesterId?: number): User {
  const self = userUrl(row.id);
  const user: User = {
    id: row.id,
    username: row.username,
    last_seen: isoTime(row.last_seen),
    about_me: row.about_me,
    post_count: row.post_count,
    follower_count: row.follower_count,
    followed_count: row.followed_count,
    _links: {
      self,
      followers: `${self}/followers`,
      followed: `${self}/followed`,
      posts: `${self}/posts`,
      avatar: avatarUrl(row.email),
    },
  };
  if (row.id === requesterId) {
    user.email = row.email;
    user.unread_message_count = row.unread_message_count;
  }
  return user;
}

/** Just enough of a user to show beside a post or a message. */
const userSummary = (id: number, username: string, email: string) => ({ id, username, _links: { self: userUrl(id), avatar: avatarUrl(email) } });

/** A post with a short form of its author, and where its conversation goes on. */
export function postRepresentation(row: PostRow): Post {
  const author = userUrl(row.user_id);
  const self = postUrl(row.id);
  return {
    id: row.id,
    body: row.body,
    timestamp: isoTime(row.timestamp),
    author: userSummary(row.user_id, row.username, row.email),
    in_reply_to: row.in_reply_to,
    reply_count: row.reply_count,
    like_count: row.like_count,
    mentions: mentionsOf(row).map((user) => userSummary(user.id, user.username, user.email)),
    _links: { self, author, replies: `${self}/replies`, likers: `${self}/likers`, ...(row.in_reply_to !== null && { in_reply_to: postUrl(row.in_reply_to) }) },
  };
}

/** A private message, with short forms of its sender and recipient. */
export function messageRepresentation(row: MessageRow): Message {
  return {
    id: row.id,
    body: row.body,
    timestamp: isoTime(row.timestamp),
    sender: userSummary(row.sender_id, row.sender_username, row.sender_email),
    recipient: userSummary(row.recipient_id, row.recipient_username, row.recipient_email),
    _links: { self: messageUrl(row.id), sender: userUrl(row.sender_id), recipient: userUrl(row.recipient_id) },
  };
}

/** A notification, with its actor and, as its type has one, the post or message it concerns (read with it). */
export function notificationRepresentation(row: NotificationRow, concerned: { post?: PostRow; message?: MessageRow }): Notification {
  return {
    id: row.id,
    type: row.type,
    timestamp: isoTime(row.timestamp),
    actor: userSummary(row.actor_id, row.actor_username, row.actor_email),
    ...(concerned.post && { post: postRepresentation(concerned.post) }),
    ...(concerned.message && { message: messageRepresentation(concerned.message) }),
  };
}
