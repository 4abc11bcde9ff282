import { createHash } from 'node:crypto';
import type { components } from './generated/openapi.js';
import type { UserRow } from './data/users.js';

export type User = components['schemas']['User'];
export type UserCollection = components['schemas']['UserCollection'];
export type PageMeta = components['schemas']['PageMeta'];
export type PageLinks = components['schemas']['PageLinks'];

export const userUrl = (id: number) => `/api/users/${id}`;

/** Gravatar identifies a face by the MD5 of the trimmed, lower-cased email. */
export function avatarUrl(email: string, size = 128): string {
  const digest = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}?d=identicon&s=${size}`;
}

export function isoTime(value: Date | number): string {
  return new Date(value).toISOString();
}

/** A user as `viewerId` may see it: the email only for the user itself. */
export function userRepresentation(row: UserRow, viewerId?: number): User {
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
      avatar: avatarUrl(row.email),
    },
  };
  if (row.id === viewerId) user.email = row.email;
  return user;
}
