import type { Db } from './db.js';
import { preparedSelect } from './reader.js';
import type { UserRow } from './users.js';

export interface TokenRow {
  id: number;
  user_id: number;
  token_hash: string;
  expires_at: Date | number;
}

/** Stores a token by its hash, and clears the user's expired ones while at it. */
export async function insertToken(db: Db, userId: number, tokenHash: string, expiresAt: Date, now: Date): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('tokens').where({ user_id: userId }).where('expires_at', '<=', now).delete();
    await trx('tokens').insert({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt });
  });
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
  await db('tokens').where({ id: tokenId }).delete();
}

/** Revokes every token of a user but one (the one that asked). */
export async function deleteOtherTokens(db: Db, userId: number, keepTokenId: number): Promise<void> {
  await db('tokens').where({ user_id: userId }).whereNot({ id: keepTokenId }).delete();
}
