import { hash, randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Config } from './config.js';
import type { Db } from './data/db.js';
import { endSession, findTokenHolder, isExpiredToken, refreshSession, startSession, touchSession, type Scope, type TokenPair } from './data/tokens.js';
import { findUserByUsername, replacePasswordHash, touchLastSeen, type UserRow } from './data/users.js';
import { ApiError, badRequest, invalid, type ErrorCode } from './errors.js';
import { isText } from './text.js';
import type { RateLimits } from './limits/rate-limits.js';

/** Who is making a request, and with which token, session and scope (absent for Basic). */
export interface Requester {
  user: UserRow;
  tokenId?: number;
  /** When the bearer token stops working (a live stream ends then). */
  tokenExpiresAt?: Date;
  sessionId?: number;
  scope?: Scope;
}

/** A session's tokens as a login or a refresh answers them. */
export interface Session {
  token: string;
  refreshToken: string;
  expiresAt: Date;
  scope: Scope;
  user: UserRow;
}

/** What a session keeps of the client's User-Agent: at most 256 characters, or nothing. */
const MAX_USER_AGENT = 256;
const clientName = (userAgent: string | undefined): string | null => (userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null);

/** bcrypt reads at most 72 bytes; longer passwords would be silently cut. */
export const MAX_PASSWORD_BYTES = 72;

const REALM = 'microblog';
const bearerChallenge = `Bearer realm="${REALM}"`;
const basicChallenge = `Basic realm="${REALM}", charset="UTF-8"`;

function unauthorized(code: ErrorCode, message: string, challenge: string): ApiError {
  return new ApiError(401, code, message, { 'WWW-Authenticate': challenge });
}

/**
 * SHA-256 is enough for tokens: they carry 256 random bits, nothing to
 * guess. (crypto.hash is the one-shot form, a third of createHash's cost.)
 */
function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

const invalidTokenChallenge = `${bearerChallenge}, error="invalid_token"`;

/**
 * The answer to a bearer token that does not (or no longer) stand for a
 * user: unknown, revoked, or its account deleted while the request was
 * being served.
 */
export function invalidToken(): ApiError {
  return unauthorized('token_invalid', 'the token is invalid or revoked; log in again', invalidTokenChallenge);
}

/** A token that has expired while its session still holds it: RFC 6750 calls it invalid too, but a refresh helps. */
function expiredToken(): ApiError {
  return unauthorized('token_expired', 'the token has expired; refresh it or log in again', invalidTokenChallenge);
}

/** A refresh token that cannot be exchanged (RFC 6750's invalid_token: the refresh token is the credential). */
function invalidRefreshToken(code: ErrorCode, message: string): ApiError {
  return unauthorized(code, message, invalidTokenChallenge);
}

/** A token whose scope does not allow the operation (RFC 6750, 3.1). */
export function insufficientScope(needed: string): ApiError {
  return new ApiError(403, 'insufficient_scope', `this token's scope does not allow this; it needs "${needed}" (log in without asking for a read-only scope)`, {
    'WWW-Authenticate': `${bearerChallenge}, error="insufficient_scope", scope="${needed}"`,
  });
}

function credentials(header: string | undefined, scheme: string): string | undefined {
  if (!header) return undefined;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== scheme) return undefined;
  return header.slice(space + 1).trim() || undefined;
}

/** The credentials of HTTP Basic (RFC 7617, UTF-8 as the challenge says), unless they are not text. */
function usernameAndPassword(encoded: string): { username: string; password: string } | undefined {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(encoded, 'base64'));
  } catch {
    return undefined;
  }
  if (!isText(decoded)) return undefined;
  const colon = decoded.indexOf(':');
  return colon < 0 ? { username: decoded, password: '' } : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The rule every new password passes: bcrypt would silently ignore what lies past 72 bytes. */
function checkNewPassword(password: string): void {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw invalid(`the password must be at most ${MAX_PASSWORD_BYTES} bytes as UTF-8`, [
      { in: 'body', field: 'password', message: `must be at most ${MAX_PASSWORD_BYTES} bytes as UTF-8` },
    ]);
  }
}

/** Passwords, tokens, and the two ways a request proves who sent it. */
export class Auth {
  /** Compared against when the username is unknown, so both failures take as long. */
  private readonly decoyHash: Promise<string>;
  /**
   * bcrypt runs on libuv's thread pool, off the event loop, but it still
   * takes a core while it runs: at most `bcryptConcurrency` run at once, so
   * that a burst of logins queues logins, not everyone else's requests.
   */
  private readonly bcryptSlot: LimitFunction;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly limits: RateLimits,
  ) {
    this.bcryptSlot = pLimit(config.bcryptConcurrency);
    this.decoyHash = this.hashPassword(randomBytes(16).toString('hex'));
  }

  hashPassword(password: string): Promise<string> {
    return this.bcryptSlot(() => bcrypt.hash(password, this.config.bcryptRounds));
  }

  /** A new password's hash, once it passes the rule every new password must. */
  hashNewPassword(password: string): Promise<string> {
    checkNewPassword(password);
    return this.hashPassword(password);
  }

  /**
   * The password change a request to update `user` asks for: a new password
   * comes with the current one, which must match, and is then hashed;
   * `current_password` alone is a mistake. Empty when the password stays.
   */
  async passwordChange(user: UserRow, { password, current_password: current }: { password?: string; current_password?: string }): Promise<{ password_hash?: string }> {
    if (password === undefined) {
      if (current === undefined) return {};
      throw invalid('current_password is only used together with password', [{ in: 'body', field: 'current_password', message: 'needs password' }]);
    }
    checkNewPassword(password);
    if (current === undefined) {
      throw invalid('current_password is required to change the password', [{ in: 'body', field: 'current_password', message: 'is required with password' }]);
    }
    if (!(await this.passwordMatches(user, current))) {
      throw badRequest('password_incorrect', 'current_password is incorrect', [{ in: 'body', field: 'current_password', message: 'is incorrect' }]);
    }
    return { password_hash: await this.hashPassword(password) };
  }

  async passwordMatches(user: UserRow | undefined, password: string): Promise<boolean> {
    const hash = user?.password_hash ?? (await this.decoyHash);
    const matches = await this.bcryptSlot(() => bcrypt.compare(password, hash));
    return matches && user !== undefined && Buffer.byteLength(password) <= MAX_PASSWORD_BYTES;
  }

  /** HTTP Basic: the user whose username and password these are. */
  async basic(authorization: string | undefined): Promise<Requester> {
    const encoded = credentials(authorization, 'basic');
    if (!encoded) throw unauthorized('authentication_required', 'a username and password are required (HTTP Basic)', basicChallenge);
    const pair = usernameAndPassword(encoded);
    if (!pair) {
      // No account has a username or password that is not text: wrong, and as slow to say so.
      await this.passwordMatches(undefined, '');
      throw unauthorized('credentials_invalid', 'invalid username or password', basicChallenge);
    }
    const { username, password } = pair;
    await this.limits.usernameOpen(username);
    const user = username ? await findUserByUsername(this.db, username) : undefined;
    if (!(await this.passwordMatches(user, password))) {
      // Counted whether or not the username exists: the answer must not tell.
      await this.limits.loginFailed(username);
      throw unauthorized('credentials_invalid', 'invalid username or password', basicChallenge);
    }
    await this.limits.loginSucceeded(username);
    await this.upgradeHash(user as UserRow, password);
    return { user: user as UserRow };
  }

  /**
   * Raising BCRYPT_ROUNDS reaches existing users at their next login, the
   * only moment the server holds their password: the hash is made again at
   * the configured cost (never lowered), unless it changed meanwhile.
   */
  private async upgradeHash(user: UserRow, password: string): Promise<void> {
    if (bcrypt.getRounds(user.password_hash) >= this.config.bcryptRounds) return;
    const stronger = await this.hashPassword(password);
    await replacePasswordHash(this.db, user.id, user.password_hash, stronger);
    user.password_hash = stronger;
  }

  /** Bearer: the user holding this unexpired, unrevoked access token, with its session and scope. */
  async bearer(authorization: string | undefined): Promise<Requester> {
    const token = credentials(authorization, 'bearer');
    if (!token) throw unauthorized('authentication_required', 'a bearer token is required', bearerChallenge);
    const now = new Date();
    const tokenHash = hashToken(token);
    const row = await findTokenHolder(this.db, tokenHash, now);
    if (!row) throw (await isExpiredToken(this.db, tokenHash, now)) ? expiredToken() : invalidToken();
    const { token_id: tokenId, token_expires_at: expiresAt, session_id: sessionId, scope, session_last_used_at: sessionLastUsed, ...user } = row;
    await this.noteActivity(user, now);
    if (this.due(sessionLastUsed, now)) await touchSession(this.db, sessionId, now);
    return { user, tokenId, tokenExpiresAt: new Date(expiresAt), sessionId, scope };
  }

  /** A new pair of tokens, and the hashes to store: only those are kept. */
  private newPair(now: Date): { access: string; refresh: string; hashes: TokenPair } {
    const access = randomBytes(32).toString('base64url');
    const refresh = randomBytes(32).toString('base64url');
    const accessExpiresAt = new Date(now.getTime() + this.config.accessTokenTtlSeconds * 1000);
    const refreshExpiresAt = new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000);
    return { access, refresh, hashes: { accessHash: hashToken(access), accessExpiresAt, refreshHash: hashToken(refresh), refreshExpiresAt } };
  }

  /**
   * Starts a session (a login) with its first pair of tokens. Refused (401)
   * when the account was deleted or its password changed since the password
   * was checked.
   */
  async startSession(user: UserRow, scope: Scope, userAgent: string | undefined): Promise<Session> {
    const now = new Date();
    const { access, refresh, hashes } = this.newPair(now);
    const sessionId = await startSession(this.db, user, { scope, userAgent: clientName(userAgent), now }, hashes);
    if (sessionId === undefined) throw unauthorized('credentials_invalid', 'invalid username or password', basicChallenge);
    await this.noteActivity(user, now);
    return { token: access, refreshToken: refresh, expiresAt: hashes.accessExpiresAt, scope, user };
  }

  /** The session's next pair for a refresh token, which is spent; 401 when it cannot be exchanged. */
  async refresh(refreshToken: string, userAgent: string | undefined): Promise<Session> {
    const now = new Date();
    const { access, refresh, hashes } = this.newPair(now);
    const outcome = await refreshSession(this.db, hashToken(refreshToken), hashes, now, clientName(userAgent));
    if (outcome.status === 'reused') throw invalidRefreshToken('refresh_token_reused', 'the refresh token was used already: the session has ended; log in again');
    if (outcome.status === 'invalid') throw invalidRefreshToken('refresh_token_invalid', 'the refresh token is invalid, expired or revoked');
    await this.noteActivity(outcome.user, now);
    return { token: access, refreshToken: refresh, expiresAt: hashes.accessExpiresAt, scope: outcome.scope, user: outcome.user };
  }

  /** Ends the requester's own session, or (with `sessionId`) another of the requester's; false when there is no such session of theirs. */
  async endSession(requester: Requester, sessionId = requester.sessionId): Promise<boolean> {
    return sessionId !== undefined && endSession(this.db, requester.user.id, sessionId);
  }

  /** Whether a timestamp written at the configured resolution is due to move forward. */
  private due(written: Date | number, now: Date): boolean {
    return now.getTime() - new Date(written).getTime() >= this.config.lastSeenResolutionSeconds * 1000;
  }

  /**
   * Moves last_seen forward, but writes only when the stored value is older
   * than the configured resolution: most authenticated reads stay reads.
   */
  private async noteActivity(user: UserRow, now: Date): Promise<void> {
    if (!this.due(user.last_seen, now)) return;
    await touchLastSeen(this.db, user.id, now);
    user.last_seen = now;
  }
}
