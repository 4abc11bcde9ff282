import { withLockedRow, type Db } from './db.js';
import { preparedSelect } from './reader.js';
import type { UserRow } from './users.js';

export interface TokenRow {
  id: number;
  user_id: number;
  token_hash: string;
  expires_at: Date | number;
}

/**
 * Stores a token by its hash, and clears the user's expired ones while at it,
 * provided the user still has the password hash that was checked. A token is
 * issued over a bcrypt comparison that takes a while: meanwhile the account
 * may be deleted, or its password changed (which revokes every token). With
 * the user's row locked, either that change comes first and nothing is
 * issued, or the token is in place before it and the change removes it.
 * False when nothing was issued.
 */
export async function insertToken(db: Db, user: { id: number; password_hash: string }, tokenHash: string, expiresAt: Date, now: Date): Promise<boolean> {
  const issued = await withLockedRow(db, 'users', user.id, async (trx) => {
    const current = await trx('users').where({ id: user.id }).first('password_hash');
    if (current?.password_hash !== user.password_hash) return false;
    await trx('tokens').where({ user_id: user.id }).where('expires_at', '<=', now).delete();
    await trx('tokens').insert({ user_id: user.id, token_hash: tokenHash, expires_at: expiresAt });
    return true;
  });
  return issued === true;
}

const userByTokenHash = preparedSelect<[string, Date], UserRow & { token_id: number }>((db, tokenHash, now) =>
  db('tokens')
    .join('users', 'users.id', 'tokens.user_id')
    .where('tokens.token_hash', tokenHash)
    .where('tokens.expires_at', '>', now)
    .first('users.*', 'tokens.id as token_id'),
);

/** The user who holds an unexpired token with this hash, with the token's id. */
export function findUserByTokenHash(db: Db, tokenHash: string, now: Date) {
  return userByTokenHash.row(db, tokenHash, now);
}

export async function deleteToken(db: Db, tokenId: number): Promise<void> {
  await db.knex('tokens').where({ id: tokenId }).delete();
}

/** Revokes every token of a user but one (the one that asked). */
export async function deleteOtherTokens(db: Db, userId: number, keepTokenId: number): Promise<void> {
  await db.knex('tokens').where({ user_id: userId }).whereNot({ id: keepTokenId }).delete();
}
