import Database from 'better-sqlite3';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type Db, isSqlite, sqliteFilename } from './db.js';

const TABLE = 'rate_limits';

/**
 * SQLite's counters, in a file of their own beside the database
 * (`<file>-ratelimits`): a counter is written on every limited request, and in
 * the database's own file each such write would take the one write lock the
 * server's transactions need, and wait for it synchronously, on the event loop.
 * Here writers hold it for one statement. synchronous=NORMAL: losing the last
 * counts in a power cut only restarts the windows. Undefined for PostgreSQL
 * (its UNLOGGED rate_limits table) and for an SQLite database in memory.
 */
export function counterStore(db: Db): Database.Database | undefined {
  if (!isSqlite(db) || sqliteFilename(db) === ':memory:') return undefined;
  const counters = new Database(`${sqliteFilename(db)}-ratelimits`, { timeout: 5000 });
  // WAL stays set in the file. Setting it takes the file whole, which fails
  // while another process has it open: the first process sets it (server.ts
  // opens the file once before it starts any worker), the others find it set.
  if (counters.pragma('journal_mode', { simple: true }) !== 'wal') counters.pragma('journal_mode = WAL');
  counters.pragma('synchronous = NORMAL');
  counters.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`);
  return counters;
}

/**
 * A fixed-window counter of `points` per `seconds` for each key, shared by
 * every process and every instance on this database: PostgreSQL's UNLOGGED
 * rate_limits table, or SQLite's counters file. When the store fails (the
 * database is down), the counter falls back to this process's memory rather
 * than refusing or waving every request through.
 */
export function sharedCounter(db: Db, counters: Database.Database | undefined, keyPrefix: string, points: number, seconds: number): RateLimiterAbstract {
  const memory = () => new RateLimiterMemory({ keyPrefix, points, duration: seconds });
  const common = { keyPrefix, points, duration: seconds, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: true, insuranceLimiter: memory() };
  if (!isSqlite(db)) return new RateLimiterPostgres({ ...common, storeClient: db, storeType: 'knex' });
  if (!counters) return memory();
  return new RateLimiterSQLite({ ...common, storeClient: counters, storeType: 'better-sqlite3' });
}
