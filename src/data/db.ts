import type BetterSqlite3 from 'better-sqlite3';
import knex, { type Knex } from 'knex';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { openCounterFile } from './counter-file.js';
import { SqliteReader, type Db } from './reader.js';

export type { Db } from './reader.js';

// PostgreSQL sends BIGINT (and so COUNT(*)) as text to protect precision;
// every bigint here is a count or an id far below 2^53, so read it as a number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

const CONNECT_TIMEOUT_MS = 5000;

function sqliteKnex(filename: string): Knex {
  return knex({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      afterCreate(connection: { pragma(sql: string): unknown }, done: (err: Error | null) => void) {
        // SQLite leaves foreign keys off unless asked; WAL lets readers run
        // beside a writer, and the busy timeout makes a writer wait its turn
        // instead of failing.
        connection.pragma('foreign_keys = ON');
        connection.pragma('journal_mode = WAL');
        connection.pragma('busy_timeout = 5000');
        done(null);
      },
    },
  });
}

function postgresKnex(connectionString: string): Knex {
  return knex({
    client: 'pg',
    // A database that accepts connections and says nothing must not hold
    // requests for knex's default minute: 5 s to connect, 5 s to get a connection.
    connection: { connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    acquireConnectionTimeout: CONNECT_TIMEOUT_MS,
    pool: { min: 0, max: 10 },
  });
}

/**
 * One database and everything that talks to it, opened together from a
 * DATABASE_URL (PostgreSQL, or an SQLite file) and closed together: Knex
 * (every write and transaction, and every read on PostgreSQL), SQLite's read
 * path (reader.ts; the data modules never see which path a read takes), and
 * SQLite's counters file for the rate limits (counter-file.ts).
 */
export class Database implements Db {
  /** Knex: writes, transactions, migrations, and the queries every read is built as. */
  readonly knex: Knex;
  /** SQLite's reads outside transactions; undefined on PostgreSQL. */
  readonly reader: SqliteReader | undefined;
  /** The SQLite file (or `:memory:`); undefined on PostgreSQL. */
  readonly sqliteFilename: string | undefined;
  private counterFile: BetterSqlite3.Database | undefined;
  /**
   * What committed transactions announce (announce below), as this process
   * hears it: on SQLite from its own commits (and, with workers, from the
   * others', relayed by the primary); on PostgreSQL from LISTEN (listen.ts),
   * which hears every instance's.
   */
  readonly announcements = new EventEmitter();
  /** Whether transactions announce once committed, here (SQLite, or another bus than NOTIFY: see announceAfterCommit). */
  private afterCommit: boolean;

  constructor(readonly url: string) {
    if (url.startsWith('sqlite:')) {
      this.sqliteFilename = url.slice('sqlite:'.length);
      this.knex = sqliteKnex(this.sqliteFilename);
      this.reader = new SqliteReader(this.sqliteFilename);
    } else {
      this.knex = postgresKnex(url);
    }
    this.afterCommit = this.isSqlite;
  }

  /** Announcements go out from this process after each commit, for a bus of its own (Redis) to carry, not by NOTIFY. */
  announceAfterCommit(): void {
    this.afterCommit = true;
  }

  get announcesAfterCommit(): boolean {
    return this.afterCommit;
  }

  get isSqlite(): boolean {
    return this.sqliteFilename !== undefined;
  }

  /**
   * SQLite's counters file beside the database (`<file>-ratelimits`), opened
   * on first use; undefined on PostgreSQL (its UNLOGGED rate_limits table) and
   * for a database in memory.
   */
  counters(): BetterSqlite3.Database | undefined {
    if (this.sqliteFilename === undefined || this.sqliteFilename === ':memory:') return undefined;
    this.counterFile ??= openCounterFile(`${this.sqliteFilename}-ratelimits`);
    return this.counterFile;
  }

  /** Closes every connection: SQLite's reader and counters file, and Knex's pool. */
  async close(): Promise<void> {
    this.reader?.close();
    this.counterFile?.close();
    this.counterFile = undefined;
    await this.knex.destroy();
  }
}

/** Opens the database a DATABASE_URL names: PostgreSQL, or an SQLite file. */
export function openDatabase(databaseUrl: string): Database {
  return new Database(databaseUrl);
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.close();
}

/** A bare Knex (a Knex seed's) as the data functions take it: every read through Knex. */
export function throughKnex(knex: Knex): Db {
  return { knex, reader: undefined };
}

/** Resolves when the database answers a trivial query. */
export async function ping(db: Db): Promise<void> {
  await db.knex.raw('SELECT 1');
}

/** What a transaction tells every instance once it has committed: a stream event, or that a user's sessions changed. */
export type Announcement =
  | { kind: 'event'; id: number; type: 'post' | 'delete' | 'notification'; user_id: number; post_id: number | null; notification_id: number | null }
  | { kind: 'sessions'; user_id: number };

/** The EventEmitter event, and the PostgreSQL channel, announcements go by. */
export const ANNOUNCEMENT = 'microblog_announcement';

/** What each SQLite transaction (by its Knex transaction) will announce if it commits. */
const pendingAnnouncements = new WeakMap<Knex.Transaction, Announcement[]>();

/**
 * Announces something a transaction did, once it commits, to every instance
 * (each Database's `announcements`): on PostgreSQL by NOTIFY, which the
 * database delivers at the commit, in commit order, and never for a
 * transaction rolled back; on SQLite (or with Redis) by this process once
 * transaction() below has committed, and from there by Redis to the other
 * instances, or by the primary to the other workers.
 */
export async function announce(trx: Knex, announcement: Announcement): Promise<void> {
  const pending = pendingAnnouncements.get(trx as Knex.Transaction);
  if (pending) pending.push(announcement);
  else if (!isSqliteKnex(trx)) await trx.raw('SELECT pg_notify(?, ?)', [ANNOUNCEMENT, JSON.stringify(announcement)]);
}

/** PostgreSQL's verdicts on a transaction that can succeed if run again: deadlock_detected, serialization_failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Runs `work` in a transaction, again (up to three times in all) when
 * PostgreSQL aborts it for a deadlock. Writes that touch several users' rows
 * (deleting an account decrements its followers' counts while they unfollow
 * it or its posts are deleted) can wait on each other in a cycle; PostgreSQL
 * breaks the cycle by aborting one, which is then simply run again, after the
 * other has committed. `work` must do nothing outside the transaction.
 */
export async function transaction<T>(db: Db, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      let announced: Announcement[] = [];
      const result = await db.knex.transaction(async (trx) => {
        announced = [];
        if (db.announcesAfterCommit ?? isSqliteKnex(trx)) pendingAnnouncements.set(trx, announced);
        return work(trx);
      });
      // Committed: now what it announced is true (on PostgreSQL, NOTIFY said it at the commit).
      for (const announcement of announced) db.announcements?.emit(ANNOUNCEMENT, announcement);
      return result;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

/**
 * Locks rows of `table` for the rest of the transaction, in ascending id
 * order; resolves to how many exist. Every transaction that changes several
 * users' rows locks them this way before anything else (then posts or
 * edges, then totals), so no two can each hold a row the other waits for.
 * PostgreSQL: SELECT … ORDER BY id FOR NO KEY UPDATE, which excludes every
 * other locker as FOR UPDATE would, but not the key-share lock a foreign key
 * check takes on the row it references: a transaction that holds a post and
 * writes a notification naming its author (a like) does not then wait on
 * one that holds that author and waits on the post (its deletion), each
 * holding what the other needs. SQLite has one writer at a
 * time, but with several processes a transaction that reads first cannot
 * become a writer once another has written (SQLITE_BUSY, not waited for): a
 * no-op write takes the write lock, waiting its turn, before anything is read.
 */
export async function lockRows(trx: Knex.Transaction, table: string, ids: number[]): Promise<number> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (isSqliteKnex(trx)) return trx(table).whereIn('id', sorted).update({ id: trx.ref('id') });
  return (await trx(table).whereIn('id', sorted).orderBy('id').forNoKeyUpdate().select('id')).length;
}

/**
 * Runs `change` in a transaction that first locks row `id` of `table`: a
 * concurrent change of the same row waits until this one commits, so what
 * `change` checks before writing (the owner, an If-Match) still holds when it
 * writes. Resolves to undefined when there is no such row.
 */
export async function withLockedRow<T>(db: Db, table: string, id: number, change: (trx: Knex.Transaction) => Promise<T>): Promise<T | undefined> {
  return transaction(db, async (trx) => ((await lockRows(trx, table, [id])) > 0 ? change(trx) : undefined));
}

/** Whether a Knex instance (or transaction) speaks SQLite's SQL, by the client it was configured with. */
export function isSqliteKnex(knex: Knex): boolean {
  return knex.client.config.client === 'better-sqlite3';
}

/** True when a write referred to a row that is not there (any more). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** True when a write failed on a UNIQUE constraint (PostgreSQL or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

// PostgreSQL's classes of "the server is not there": 08 connection exceptions,
// 57P01-57P03 shutting down or starting up, 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True when a query failed because the database could not be reached or
 * would not serve (down, restarting, unreachable, out of connections, or on
 * SQLite locked past the busy timeout), rather than because of the query: the
 * request can be retried later, and nothing it did was committed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  if (name === 'KnexTimeoutError') return true;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNREACHABLE.has(code) || code.startsWith('SQLITE_BUSY'))) return true;
  return /Connection terminated|timeout expired|Client was closed|not queryable|Unable to acquire a connection/.test(message ?? '');
}
