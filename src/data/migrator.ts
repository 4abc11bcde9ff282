import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import type { Db } from './db.js';

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

const migrationConfig: Knex.MigratorConfig = { migrationSource: new MigrationDirectory() };

/** How long a migration waits for another process that holds the migration lock. */
const LOCK_WAIT_MS = 60_000;

export class SchemaError extends Error {}

/**
 * The lock is taken, or another process created knex's own tables between
 * this one's check and its CREATE TABLE (which happens before the lock).
 */
function lostRaceWithAnotherMigrator(error: unknown): boolean {
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
  if (name === 'MigrationLocked') return true;
  const aboutKnexTables = /knex_migrations/.test(message ?? '');
  // PostgreSQL reports two concurrent CREATE TABLEs of one name on its catalog.
  const concurrentCreate = code === '23505' && /pg_type/.test(message ?? '');
  return concurrentCreate || (aboutKnexTables && (code === '42P07' || /already exists/.test(message ?? '')));
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
 * Brings the schema up to date. Knex takes a lock (a row of
 * knex_migrations_lock) and a second process that finds it taken fails at
 * once; here it waits for the first to finish and then finds nothing left
 * to do, so instances that start together do not race.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await db.migrate.latest(migrationConfig);
      return;
    } catch (error) {
      if (!lostRaceWithAnotherMigrator(error)) throw explained(error);
      if (Date.now() > deadline) {
        throw new SchemaError(
          `the migration lock has been held for ${LOCK_WAIT_MS / 1000} s: another process is migrating, or one stopped ` +
            'in the middle (then run `npm run migrate -- unlock`)',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Frees a migration lock left by a process that stopped in the middle of migrating. */
export async function unlockMigrations(db: Db): Promise<void> {
  await db.migrate.forceFreeMigrationsLock(migrationConfig);
}

/**
 * Refuses a database whose schema is not the one this code expects: behind
 * (migrations not yet run) or ahead (migrated by a newer release).
 */
export async function ensureSchemaIsCurrent(db: Db): Promise<void> {
  let pending: string[];
  try {
    const [, newMigrations] = (await db.migrate.list(migrationConfig)) as [unknown[], string[]];
    pending = newMigrations.map((file) => file.replace(/\.(ts|js)$/, ''));
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

/** Undoes every migration (the test suite starts from an empty schema). */
export async function rollbackAll(db: Db): Promise<void> {
  await db.migrate.rollback(migrationConfig, true);
}

/** Undoes the last batch of migrations. */
export async function rollbackLatest(db: Db): Promise<void> {
  await db.migrate.rollback(migrationConfig);
}
