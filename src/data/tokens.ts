import type { Knex } from 'knex';
import { lockRows, transaction, withLockedRow, type Db } from './db.js';
import { sessionsChanged } from './events.js';
import type { Order, Slice, Window } from './keyset.js';
import { keysetList } from './keyset-list.js';
import { preparedSelect } from './reader.js';
import type { UserRow } from './users.js';

/** What a token may do: `read`, or `read write`. */
export type Scope = 'read' | 'read write';

/** A session: one login, kept across refreshes. */
export interface SessionRow {
  id: number;
  user_id: number;
  scope: Scope;
  /** Dates on PostgreSQL, epoch milliseconds on SQLite. */
  created_at: Date | number;
  last_used_at: Date | number;
  user_agent: string | null;
  expires_at: Date | number;
}

/** The hashes of a session's next pair of tokens, and when each expires. */
export interface TokenPair {
  accessHash: string;
  accessExpiresAt: Date;
  refreshHash: string;
  refreshExpiresAt: Date;
}

/** The user behind an access token, with the token's id and expiry, and its session's id, scope and last use. */
export type TokenHolder = UserRow & {
  token_id: number;
  token_expires_at: Date | number;
  session_id: number;
  scope: Scope;
  session_last_used_at: Date | number;
};

/** Writes a pair into a session: its access token, and its refresh token. */
async function insertPair(trx: Knex, userId: number, sessionId: number, pair: TokenPair): Promise<void> {
  await trx('tokens').insert({ user_id: userId, session_id: sessionId, token_hash: pair.accessHash, expires_at: pair.accessExpiresAt });
  await trx('refresh_tokens').insert({ session_id: sessionId, token_hash: pair.refreshHash, expires_at: pair.refreshExpiresAt });
}

/**
 * Starts a session for `user` with its first pair of tokens, provided the
 * user still has the password hash that was checked, and clears the user's
 * ended sessions while at it. A login is issued over a bcrypt comparison that
 * takes a while: meanwhile the account may be deleted, or its password
 * changed (which ends every session). With the user's row locked, either that
 * change comes first and nothing is issued, or the session is in place before
 * it and the change ends it. Undefined when nothing was issued.
 */
export async function startSession(
  db: Db,
  user: { id: number; password_hash: string },
  session: { scope: Scope; userAgent: string | null; now: Date },
  pair: TokenPair,
): Promise<number | undefined> {
  return withLockedRow(db, 'users', user.id, async (trx) => {
    const current = await trx('users').where({ id: user.id }).first('password_hash');
    if (current?.password_hash !== user.password_hash) return undefined;
    await trx('sessions').where({ user_id: user.id }).where('expires_at', '<=', session.now).delete();
    const [row] = await trx('sessions')
      .insert({
        user_id: user.id,
        scope: session.scope,
        created_at: session.now,
        last_used_at: session.now,
        user_agent: session.userAgent,
        expires_at: pair.refreshExpiresAt,
      })
      .returning('id');
    const sessionId = (row as { id: number }).id;
    await insertPair(trx, user.id, sessionId, pair);
    return sessionId;
  });
}

const refreshTokenByHash = preparedSelect<[string], { id: number; session_id: number }>((db, tokenHash) =>
  db('refresh_tokens').where({ token_hash: tokenHash }).first('id', 'session_id'),
);

/** What presenting a refresh token came to. */
export type Refresh =
  | { status: 'refreshed'; user: UserRow; scope: Scope; sessionId: number }
  /** Unknown, expired, or its session ended. */
  | { status: 'invalid' }
  /** Spent already: it was copied, and its session has now ended. */
  | { status: 'reused' };

/**
 * Exchanges a refresh token for the session's next pair, in a transaction
 * that holds the session's row: of two requests presenting the same token,
 * one spends it and the other finds it spent, and ends the session (a copy
 * was used: whoever holds the other pair must log in again). A session ended
 * meanwhile (DELETE /api/tokens/{id}, a password change) has no token left
 * to exchange, and one ended after the exchange takes the new pair with it.
 */
export async function refreshSession(db: Db, presentedHash: string, pair: TokenPair, now: Date, userAgent: string | null): Promise<Refresh> {
  const presented = await refreshTokenByHash.row(db, presentedHash);
  if (!presented) return { status: 'invalid' };
  return transaction(db, async (trx): Promise<Refresh> => {
    if ((await lockRows(trx, 'sessions', [presented.session_id])) === 0) return { status: 'invalid' };
    const token = await trx('refresh_tokens').where({ id: presented.id }).first('spent_at', 'expires_at');
    if (!token) return { status: 'invalid' };
    if (token.spent_at !== null) {
      const { user_id: userId } = (await trx('sessions').where({ id: presented.session_id }).first('user_id')) as { user_id: number };
      await trx('sessions').where({ id: presented.session_id }).delete();
      await sessionsChanged(trx, userId);
      return { status: 'reused' };
    }
    if (new Date(token.expires_at).getTime() <= now.getTime()) return { status: 'invalid' };
    const session = (await trx<SessionRow>('sessions').where({ id: presented.session_id }).first())!;
    await trx('refresh_tokens').where({ id: presented.id }).update({ spent_at: now });
    await trx('tokens').where({ session_id: session.id }).where('expires_at', '<=', now).delete();
    await insertPair(trx, session.user_id, session.id, pair);
    await trx('sessions')
      .where({ id: session.id })
      .update({ expires_at: pair.refreshExpiresAt, last_used_at: now, ...(userAgent !== null && { user_agent: userAgent }) });
    const user = (await trx<UserRow>('users').where({ id: session.user_id }).first())!;
    return { status: 'refreshed', user, scope: session.scope, sessionId: session.id };
  });
}

const holderByTokenHash = preparedSelect<[string, Date], TokenHolder>((db, tokenHash, now) =>
  db('tokens')
    .join('users', 'users.id', 'tokens.user_id')
    .join('sessions', 'sessions.id', 'tokens.session_id')
    .where('tokens.token_hash', tokenHash)
    .where('tokens.expires_at', '>', now)
    .first(
      'users.*',
      'tokens.id as token_id',
      'tokens.expires_at as token_expires_at',
      'tokens.session_id',
      'sessions.scope',
      'sessions.last_used_at as session_last_used_at',
    ),
);

/** The user who holds an unexpired access token with this hash, with the token's session and scope. */
export function findTokenHolder(db: Db, tokenHash: string, now: Date): Promise<TokenHolder | undefined> {
  return holderByTokenHash.row(db, tokenHash, now);
}

const expiredByTokenHash = preparedSelect<[string, Date], { id: number }>((db, tokenHash, now) =>
  db('tokens').where('token_hash', tokenHash).where('expires_at', '<=', now).first('id'),
);

/**
 * Whether an access token with this hash has expired but is still kept (its
 * session's next refresh deletes it): asked only of a token that does not
 * work, to tell a client to refresh rather than log in again.
 */
export async function isExpiredToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  return (await expiredByTokenHash.row(db, tokenHash, now)) !== undefined;
}

const tokenById = preparedSelect<[number, Date], { id: number; expires_at: Date | number }>((db, tokenId, now) =>
  db('tokens').join('sessions', 'sessions.id', 'tokens.session_id').where('tokens.id', tokenId).where('tokens.expires_at', '>', now).first('tokens.id', 'tokens.expires_at'),
);

/** An access token by id while it works (unexpired, its session not ended), with its expiry; undefined once it does not. */
export function findLiveToken(db: Db, tokenId: number, now: Date): Promise<{ id: number; expires_at: Date | number } | undefined> {
  return tokenById.row(db, tokenId, now);
}

/** Notes that a session was used (callers write it at most once a minute). */
export async function touchSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db.knex('sessions').where({ id: sessionId }).update({ last_used_at: now });
}

/**
 * Ends one of a user's sessions, with its tokens (by cascade), in a
 * transaction that holds its row, so that a refresh of it either comes first
 * (and its new pair goes too) or finds nothing. False when the user has no
 * such session.
 */
export async function endSession(db: Db, userId: number, sessionId: number): Promise<boolean> {
  return transaction(db, async (trx) => {
    if ((await lockRows(trx, 'sessions', [sessionId])) === 0) return false;
    if ((await trx('sessions').where({ id: sessionId, user_id: userId }).delete()) === 0) return false;
    await sessionsChanged(trx, userId);
    return true;
  });
}

// A user's live sessions, in id order.
const sessionsList = keysetList<[number, Date], SessionRow>({
  arity: 2,
  members: (db, userId, now) => db('sessions').where('sessions.user_id', userId).where('sessions.expires_at', '>', now),
  columns: () => ['sessions.*'],
  key: 'sessions.id',
  id: (row) => row.id,
});
const sessionCount = preparedSelect<[number, Date], { total: number }>((db, userId, now) =>
  db('sessions').where({ user_id: userId }).where('expires_at', '>', now).count({ total: '*' }).first(),
);

/** One page of a user's live sessions in id order, and how many there are. */
export async function listSessions(db: Db, userId: number, order: Order, window: Window, now: Date): Promise<{ slice: Slice<SessionRow>; total: number }> {
  const [sessions, count] = await Promise.all([sessionsList(db, [userId, now], order, window), sessionCount.row(db, userId, now)]);
  return { slice: sessions, total: Number(count?.total ?? 0) };
}
