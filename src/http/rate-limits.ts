import type Koa from 'koa';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config, Limit } from '../config.js';
import type { Db } from '../data/db.js';
import { sharedCounter } from '../data/rate-limit-store.js';
import { ApiError } from '../errors.js';

interface Counter {
  limit: Limit;
  limiter: RateLimiterAbstract;
}

/** What a response says of the budget it was counted against. */
interface Budget {
  limit: Limit;
  state: RateLimiterRes;
}

function headersOf({ limit, state }: Budget): Record<string, string> {
  return {
    'RateLimit-Limit': String(limit.points),
    'RateLimit-Remaining': String(state.remainingPoints),
    'RateLimit-Reset': String(Math.ceil(Math.max(state.msBeforeNext, 0) / 1000)),
    'RateLimit-Policy': `${limit.points};w=${limit.seconds}`,
  };
}

function tooMany(budget: Budget, message: string): ApiError {
  const wait = Math.max(1, Math.ceil(budget.state.msBeforeNext / 1000));
  return new ApiError(429, `${message}; try again in ${wait} s`, { ...headersOf(budget), 'Retry-After': String(wait) });
}

/**
 * The API's rate limits (RATE_LIMIT_*), counted where every instance sees
 * them: logins per client address, failed logins per username, registrations
 * per client address, authenticated calls per token. Each limited request
 * leaves its budget in ctx.state for rateLimitHeaders(); one over the limit
 * gets 429 with Retry-After and is not served.
 */
export class RateLimits {
  private readonly logins: Counter;
  private readonly failedLogins: Counter;
  private readonly registrations: Counter;
  private readonly calls: Counter;

  constructor(db: Db, limits: Config['rateLimits']) {
    const counter = (prefix: string, limit: Limit): Counter => ({ limit, limiter: sharedCounter(db, prefix, limit.points, limit.seconds) });
    this.logins = counter('login', limits.loginsPerAddress);
    this.failedLogins = counter('login-failed', limits.failedLoginsPerUsername);
    this.registrations = counter('register', limits.registrationsPerAddress);
    this.calls = counter('token', limits.callsPerToken);
  }

  /** Counts one request; over the limit, throws 429. */
  private async count(ctx: Koa.Context, { limit, limiter }: Counter, key: string, message: string): Promise<void> {
    try {
      ctx.state.rateLimit = { limit, state: await limiter.consume(key) } satisfies Budget;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const budget: Budget = { limit, state: rejection };
      ctx.state.rateLimit = budget;
      throw tooMany(budget, message);
    }
  }

  /** Before a login's password is checked. */
  loginAttempt(ctx: Koa.Context): Promise<void> {
    return this.count(ctx, this.logins, ctx.ip, 'too many logins from this address');
  }

  /** Before a registration's password is hashed. */
  registration(ctx: Koa.Context): Promise<void> {
    return this.count(ctx, this.registrations, ctx.ip, 'too many registrations from this address');
  }

  /** Once a bearer token is known to be good. */
  call(ctx: Koa.Context, tokenId: number): Promise<void> {
    return this.count(ctx, this.calls, String(tokenId), 'too many requests with this token');
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
      throw tooMany({ limit, state }, 'too many failed logins for this username');
    }
  }

  async loginFailed(username: string): Promise<void> {
    await this.failedLogins.limiter.penalty(username.toLowerCase());
  }

  async loginSucceeded(username: string): Promise<void> {
    await this.failedLogins.limiter.delete(username.toLowerCase());
  }
}

/** Puts the budget a request was counted against on its response, errors included. */
export function rateLimitHeaders(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } finally {
      const budget = ctx.state.rateLimit as Budget | undefined;
      if (budget) ctx.set(headersOf(budget));
    }
  };
}
