import { hash } from 'node:crypto';
import type { components } from './generated/openapi.js';
import { mentionsOf, type PostRow } from './data/posts.js';
import type { UserRow } from './data/users.js';

export type User = components['schemas']['User'];
export type UserCollection = components['schemas']['UserCollection'];
export type PageMeta = components['schemas']['PageMeta'];
export type PageLinks = components['schemas']['PageLinks'];
export type Post = components['schemas']['Post'];

export const userUrl = (id: number) => `/api/users/${id}`;
export const postUrl = (id: number) => `/api/posts/${id}`;

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

/** A user as `requesterId` may see it: the email only for the user itself. */
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
  if (row.id === requesterId) user.email = row.email;
  return user;
}

/** A post with a short form of its author, and where its conversation goes on. */
export function postRepresentation(row: PostRow): Post {
  const author = userUrl(row.user_id);
  const self = postUrl(row.id);
  return {
    id: row.id,
    body: row.body,
    timestamp: isoTime(row.timestamp),
    author: { id: row.user_id, username: row.username, _links: { self: author, avatar: avatarUrl(row.email) } },
    in_reply_to: row.in_reply_to,
    reply_count: row.reply_count,
    like_count: row.like_count,
    mentions: mentionsOf(row).map((user) => ({ id: user.id, username: user.username, _links: { self: userUrl(user.id), avatar: avatarUrl(user.email) } })),
    _links: { self, author, replies: `${self}/replies`, likers: `${self}/likers`, ...(row.in_reply_to !== null && { in_reply_to: postUrl(row.in_reply_to) }) },
  };
}
