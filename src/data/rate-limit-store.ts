import { RateLimiterMemory, RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { COUNTERS_TABLE } from './counter-file.js';
import type { Database } from './db.js';

/**
 * A fixed-window counter of `points` per `seconds` for each key, shared by
 * every process and every instance on this database: PostgreSQL's UNLOGGED
 * rate_limits table, or SQLite's counters file (counter-file.ts). When the
 * store fails (the database is down), the counter falls back to this
 * process's memory rather than refusing or waving every request through.
 */
export function sharedCounter(db: Database, keyPrefix: string, points: number, seconds: number): RateLimiterAbstract {
  const memory = () => new RateLimiterMemory({ keyPrefix, points, duration: seconds });
  const common = { keyPrefix, points, duration: seconds, tableName: COUNTERS_TABLE, tableCreated: true, clearExpiredByTimeout: true, insuranceLimiter: memory() };
  if (!db.isSqlite) return new RateLimiterPostgres({ ...common, storeClient: db.knex, storeType: 'knex' });
  const counters = db.counters();
  if (!counters) return memory();
  return new RateLimiterSQLite({ ...common, storeClient: counters, storeType: 'better-sqlite3' });
}
