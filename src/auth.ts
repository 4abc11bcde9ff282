import { hash, randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Config } from './config.js';
import type { Db } from './data/db.js';
import { deleteToken, findUserByTokenHash, insertToken } from './data/tokens.js';
import { findUserByUsername, replacePasswordHash, touchLastSeen, type UserRow } from './data/users.js';
import { ApiError, badRequest } from './errors.js';
import { isText } from './text.js';
import type { RateLimits } from './limits/rate-limits.js';

/** Who is making a request, and with which token (absent for Basic). */
export interface Requester {
  user: UserRow;
  tokenId?: number;
}

/** bcrypt reads at most 72 bytes; longer passwords would be silently cut. */
export const MAX_PASSWORD_BYTES = 72;

const REALM = 'microblog';
const bearerChallenge = `Bearer realm="${REALM}"`;
const basicChallenge = `Basic realm="${REALM}", charset="UTF-8"`;

function unauthorized(message: string, challenge: string): ApiError {
  return new ApiError(401, message, { 'WWW-Authenticate': challenge });
}

/**
 * SHA-256 is enough for tokens: they carry 256 random bits, nothing to
 * guess. (crypto.hash is the one-shot form, a third of createHash's cost.)
 */
function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * The answer to a bearer token that does not (or no longer) stand for a
 * user: unknown, expired, revoked, or its account deleted while the request
 * was being served.
 */
export function invalidToken(): ApiError {
  return unauthorized('the token is invalid, expired or revoked', `${bearerChallenge}, error="invalid_token"`);
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
    throw badRequest(`the password must be at most ${MAX_PASSWORD_BYTES} bytes as UTF-8`, [
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
      throw badRequest('current_password is only used together with password', [{ in: 'body', field: 'current_password', message: 'needs password' }]);
    }
    checkNewPassword(password);
    if (current === undefined) {
      throw badRequest('current_password is required to change the password', [{ in: 'body', field: 'current_password', message: 'is required with password' }]);
    }
    if (!(await this.passwordMatches(user, current))) {
      throw badRequest('current_password is incorrect', [{ in: 'body', field: 'current_password', message: 'is incorrect' }]);
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
    if (!encoded) throw unauthorized('a username and password are required (HTTP Basic)', basicChallenge);
    const pair = usernameAndPassword(encoded);
    if (!pair) {
      // No account has a username or password that is not text: wrong, and as slow to say so.
      await this.passwordMatches(undefined, '');
      throw unauthorized('invalid username or password', basicChallenge);
    }
    const { username, password } = pair;
    await this.limits.usernameOpen(username);
    const user = username ? await findUserByUsername(this.db, username) : undefined;
    if (!(await this.passwordMatches(user, password))) {
      // Counted whether or not the username exists: the answer must not tell.
      await this.limits.loginFailed(username);
      throw unauthorized('invalid username or password', basicChallenge);
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

  /** Bearer: the user holding this unexpired, unrevoked token. */
  async bearer(authorization: string | undefined): Promise<Requester> {
    const token = credentials(authorization, 'bearer');
    if (!token) throw unauthorized('a bearer token is required', bearerChallenge);
    const now = new Date();
    const row = await findUserByTokenHash(this.db, hashToken(token), now);
    if (!row) {
      throw invalidToken();
    }
    const { token_id: tokenId, ...user } = row;
    await this.noteActivity(user, now);
    return { user, tokenId };
  }

  /**
   * Issues a new token; only its hash is stored. Refused (401) when the
   * account was deleted or its password changed since the password was checked.
   */
  async issueToken(user: UserRow): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.tokenTtlSeconds * 1000);
    if (!(await insertToken(this.db, user, hashToken(token), expiresAt, now))) {
      throw unauthorized('invalid username or password', basicChallenge);
    }
    await this.noteActivity(user, now);
    return { token, expiresAt };
  }

  async revoke(requester: Requester): Promise<void> {
    if (requester.tokenId !== undefined) await deleteToken(this.db, requester.tokenId);
  }

  /**
   * Moves last_seen forward, but writes only when the stored value is older
   * than the configured resolution: most authenticated reads stay reads.
   */
  private async noteActivity(user: UserRow, now: Date): Promise<void> {
    const lastSeen = new Date(user.last_seen).getTime();
    if (now.getTime() - lastSeen < this.config.lastSeenResolutionSeconds * 1000) return;
    await touchLastSeen(this.db, user.id, now);
    user.last_seen = now;
  }
}
