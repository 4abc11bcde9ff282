import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import type { Knex } from 'knex';
import pg from 'pg';
import type { Database } from './db.js';

const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));
const migrationFile = /^(\d+_[a-z0-9_]+)\.(ts|js)$/;

/**
 * Lists migrations/ by name without the file extension, so the names knex
 * records are the same whether the migrations run as TypeScript (tsx) or as
 * compiled JavaScript.
 */
class MigrationDirectory implements Knex.MigrationSource<string> {
  async getMigrations(): Promise<string[]> {
    const files = await readdir(migrationsDir);
    return files.filter((file) => migrationFile.test(file) && !file.endsWith('.d.ts')).sort();
  }

  getMigrationName(file: string): string {
    return file.replace(/\.(ts|js)$/, '');
  }

  async getMigration(file: string): Promise<Knex.Migration> {
    return import(pathToFileURL(path.join(migrationsDir, file)).href) as Promise<Knex.Migration>;
  }
}

const migrationDirectory = new MigrationDirectory();
const migrationConfig: Knex.MigratorConfig = { migrationSource: migrationDirectory };

/** How long a migrator waits for another one to finish. */
const LOCK_WAIT_MS = 60_000;
/** How long the migrators' lock connection may take to connect, as Knex's (db.ts). */
const LOCK_CONNECT_TIMEOUT_MS = 5000;
/** PostgreSQL advisory lock key held by whoever migrates or reads the migration state. */
const MIGRATOR_LOCK_KEY = 7_364_125_001;

export class SchemaError extends Error {}

/** Tries `attempt` every 250 ms until it succeeds, for at most LOCK_WAIT_MS. */
async function patiently(attempt: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!(await attempt())) {
    if (Date.now() > deadline) {
      throw new SchemaError(
        `the migration lock has been held for ${LOCK_WAIT_MS / 1000} s: another process is migrating, or one stopped ` +
          'in the middle (then run `npm run migrate -- unlock`)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Knex's own lock is a row that it inserts when it first creates its tables,
 * after checking that there is none: two processes meeting a fresh database
 * both inserted one, and from then on knex found the table "already locked"
 * for ever (seen on PostgreSQL, and on SQLite under load, where a migrator
 * could also meet SQLITE_BUSY upgrading a read to a write). So whoever
 * migrates, rolls back or reads the migration state first holds a lock that
 * every process sees: on PostgreSQL a session advisory lock (across
 * machines), on SQLite an exclusive transaction on a file beside the
 * database (`<file>.migrating`), which SQLite's own file locking guards.
 */
async function oneMigratorAtATime<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const filename = db.sqliteFilename;
  if (filename !== undefined) {
    if (filename === ':memory:') return work();
    const lock = new BetterSqlite3(`${filename}.migrating`, { timeout: 0 });
    try {
      await patiently(async () => {
        try {
          lock.exec('BEGIN EXCLUSIVE');
          return true;
        } catch (error) {
          if (/^SQLITE_BUSY/.test((error as { code?: string }).code ?? '')) return false;
          throw error;
        }
      });
      try {
        return await work();
      } finally {
        lock.exec('ROLLBACK');
      }
    } finally {
      lock.close();
    }
  }
  // A session lock needs one session for as long as it is held: a connection of its own, beside Knex's pool.
  const connection = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: LOCK_CONNECT_TIMEOUT_MS });
  await connection.connect();
  try {
    await patiently(async () => (await connection.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATOR_LOCK_KEY])).rows[0]?.locked === true);
    try {
      return await work();
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATOR_LOCK_KEY]);
    }
  } finally {
    await connection.end();
  }
}

/** Knex's lock row is taken: a migration left it behind (then `migrate -- unlock`), or one is running outside this lock. */
function lostRaceWithAnotherMigrator(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'MigrationLocked';
}

/** Knex calls a database that is ahead of the code "a corrupt migration directory". */
function explained(error: unknown): unknown {
  const missing = /files are missing: (.*)/.exec((error as Error | undefined)?.message ?? '');
  if (!missing) return error;
  return new SchemaError(
    `the database has migrations this release does not know (${missing[1]}): it was migrated by a newer release; ` +
      'run that release, or roll its migrations back with it',
  );
}

/**
 * Brings the schema up to date. A second migrator waits for the first to
 * finish and then finds nothing left to do, so instances that start
 * together do not race.
 */
export async function migrateToLatest(db: Database): Promise<void> {
  await oneMigratorAtATime(db, () =>
    patiently(async () => {
      try {
        await db.knex.migrate.latest(migrationConfig);
        return true;
      } catch (error) {
        if (lostRaceWithAnotherMigrator(error)) return false;
        throw explained(error);
      }
    }),
  );
}

/** Frees a migration lock left by a process that stopped in the middle of migrating. */
export async function unlockMigrations(db: Database): Promise<void> {
  await db.knex.migrate.forceFreeMigrationsLock(migrationConfig);
}

/**
 * Refuses a database whose schema is not the one this code expects: behind
 * (migrations not yet run) or ahead (migrated by a newer release).
 */
export async function ensureSchemaIsCurrent(db: Database): Promise<void> {
  let pending: string[];
  try {
    // Reading the state creates knex's tables when they are missing: one at a time, as migrating.
    const [, newMigrations] = (await oneMigratorAtATime(db, () => db.knex.migrate.list(migrationConfig))) as [unknown[], string[]];
    pending = newMigrations.map((file) => migrationDirectory.getMigrationName(file));
  } catch (error) {
    throw explained(error);
  }
  if (pending.length > 0) {
    throw new SchemaError(
      `the database schema is behind: ${pending.length} migration(s) not run (${pending.join(', ')}); ` +
        'run `npm run migrate` (or MIGRATE_ON_START=true) first',
    );
  }
}

let releaseMigrations: Promise<string[]> | undefined;

/**
 * How the database's schema differs from this release's migrations:
 * `missing` are this release's migrations the database has not run, `unknown`
 * those it ran that this release does not have (a newer release migrated
 * it). Reads knex's table directly, without the migrators' lock, so a
 * readiness probe never waits for a migration to finish.
 */
export async function schemaDifferences(db: Database): Promise<{ missing: string[]; unknown: string[] }> {
  // The files do not change under a running process: list them once.
  releaseMigrations ??= migrationDirectory.getMigrations().then((files) => files.map((file) => migrationDirectory.getMigrationName(file)));
  const expected = await releaseMigrations;
  const recorded = (await db.knex.schema.hasTable('knex_migrations'))
    ? (await db.knex('knex_migrations').select<{ name: string }[]>('name')).map(({ name }) => migrationDirectory.getMigrationName(name))
    : [];
  return {
    missing: expected.filter((name) => !recorded.includes(name)),
    unknown: recorded.filter((name) => !expected.includes(name)),
  };
}

/** Undoes every migration (the test suite starts from an empty schema). */
export async function rollbackAll(db: Database): Promise<void> {
  try {
    await oneMigratorAtATime(db, () => db.knex.migrate.rollback(migrationConfig, true));
  } catch (error) {
    throw explained(error);
  }
}

/** Undoes the last batch of migrations. */
export async function rollbackLatest(db: Database): Promise<void> {
  await oneMigratorAtATime(db, () => db.knex.migrate.rollback(migrationConfig));
}
