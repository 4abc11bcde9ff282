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

/** Brings the schema up to date. */
export async function migrateToLatest(db: Db): Promise<void> {
  await db.migrate.latest(migrationConfig);
}

/** Undoes every migration (the test suite starts from an empty schema). */
export async function rollbackAll(db: Db): Promise<void> {
  await db.migrate.rollback(migrationConfig, true);
}

/** Undoes the last batch of migrations. */
export async function rollbackLatest(db: Db): Promise<void> {
  await db.migrate.rollback(migrationConfig);
}
