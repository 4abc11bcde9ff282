import type { Logger } from 'pino';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config, Limit } from '../config.js';
import type { Database } from '../data/db.js';
import { sharedCounter } from '../data/rate-limit-store.js';
import { sharedCounts } from '../data/shared-counts.js';
import { ApiError } from '../errors.js';
import { BatchedCounter } from './batched-counter.js';

interface Counter {
  limit: Limit;
  limiter: RateLimiterAbstract;
}

/** What a response says of the budget it was counted against. */
interface Budget {
  limit: Limit;
  remaining: number;
  msBeforeNext: number;
}

/** What an answer says of the budget it was counted against: the RateLimit-* headers (IETF draft). */
export type BudgetHeaders = Record<'RateLimit-Limit' | 'RateLimit-Remaining' | 'RateLimit-Reset' | 'RateLimit-Policy', string>;

function headersOf({ limit, remaining, msBeforeNext }: Budget): BudgetHeaders {
  return {
    'RateLimit-Limit': String(limit.points),
    'RateLimit-Remaining': String(remaining),
    'RateLimit-Reset': String(Math.ceil(Math.max(msBeforeNext, 0) / 1000)),
    'RateLimit-Policy': `${limit.points};w=${limit.seconds}`,
  };
}

function tooMany(budget: Budget, message: string): ApiError {
  const wait = Math.max(1, Math.ceil(budget.msBeforeNext / 1000));
  return new ApiError(429, 'rate_limited', `${message}; try again in ${wait} s`, { ...headersOf(budget), 'Retry-After': String(wait) });
}

const budgetOf = (limit: Limit, state: RateLimiterRes): Budget => ({ limit, remaining: state.remainingPoints, msBeforeNext: state.msBeforeNext });

/**
 * The API's rate limits (RATE_LIMIT_*), counted where every instance sees
 * them: logins per client address, failed logins per username, registrations
 * per client address, authenticated calls per token. Counting a request
 * answers its budget as the RateLimit-* headers its answer carries (errors
 * included); one over the limit is a 429 with Retry-After, and is not served.
 */
export class RateLimits {
  private readonly logins: Counter;
  private readonly failedLogins: Counter;
  private readonly registrations: Counter;
  private readonly calls: BatchedCounter;
  private readonly callLimit: Limit;

  constructor(db: Database, limits: Config['rateLimits'], logger: Logger) {
    const counter = (prefix: string, limit: Limit): Counter => ({ limit, limiter: sharedCounter(db, prefix, limit.points, limit.seconds) });
    this.logins = counter('login', limits.loginsPerAddress);
    this.failedLogins = counter('login-failed', limits.failedLoginsPerUsername);
    this.registrations = counter('register', limits.registrationsPerAddress);
    // Every authenticated read counts: in memory, shared in batches (limits/batched-counter.ts).
    this.callLimit = limits.callsPerToken;
    this.calls = new BatchedCounter('token', this.callLimit, sharedCounts(db), (error) =>
      logger.warn({ err: error }, 'the shared call counts could not be updated; kept, and sent once the store answers'),
    );
  }

  /** Counts one request before its password is hashed or compared; over the limit, throws 429. */
  private async count({ limit, limiter }: Counter, key: string, message: string): Promise<BudgetHeaders> {
    try {
      return headersOf(budgetOf(limit, await limiter.consume(key)));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw tooMany(budgetOf(limit, rejection), message);
    }
  }

  /** Before a login's password is checked, from the client's address. */
  loginAttempt(address: string): Promise<BudgetHeaders> {
    return this.count(this.logins, address, 'too many logins from this address');
  }

  /** Before a registration's password is hashed, from the client's address. */
  registration(address: string): Promise<BudgetHeaders> {
    return this.count(this.registrations, address, 'too many registrations from this address');
  }

  /** Once a bearer token is known to be good: counted in memory, without waiting on any store. */
  call(tokenId: number): BudgetHeaders {
    const count = this.calls.consume(String(tokenId));
    const budget: Budget = { limit: this.callLimit, remaining: count.remaining, msBeforeNext: count.msBeforeNext };
    if (!count.allowed) throw tooMany(budget, 'too many requests with this token');
    return headersOf(budget);
  }

  /** Sends the calls not yet shared (the database, and SQLite's counters file with it, is closed by its owner). */
  async close(): Promise<void> {
    await this.calls.close();
  }

  /**
   * Refuses, before any password is compared, a username whose failed
   * logins used up their window: a guesser then learns nothing more until it
   * ends, whatever password comes. (The owner is locked out as long: the
   * price of stopping the guessing.)
   */
  async usernameOpen(username: string): Promise<void> {
    const { limit, limiter } = this.failedLogins;
    const state = await limiter.get(username.toLowerCase());
    if (state && state.consumedPoints >= limit.points) {
      throw tooMany(budgetOf(limit, state), 'too many failed logins for this username');
    }
  }

  async loginFailed(username: string): Promise<void> {
    await this.failedLogins.limiter.penalty(username.toLowerCase());
  }

  async loginSucceeded(username: string): Promise<void> {
    await this.failedLogins.limiter.delete(username.toLowerCase());
  }
}
