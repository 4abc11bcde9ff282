import type { Server } from 'node:http';
import type Koa from 'koa';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { loadContract } from '../../src/contract.js';
import { createHttpServer } from '../../src/http/listener.js';
import type { Knex } from 'knex';
import { closeDatabase, openDatabase, type Database } from '../../src/data/db.js';
import { migrateToLatest, rollbackAll, SchemaError } from '../../src/data/migrator.js';

/** The suite's server: an app on a database of its own, closed with it. */
export interface RunningServer extends ServedApp {
  /** The database the server runs on. */
  database: Database;
  /** Its Knex, for the tests' own queries. */
  db: Knex;
}

/**
 * Rate limits high enough for a suite that registers hundreds of users from
 * one address; the tests of the limits themselves set their own.
 */
export const RATE_LIMITS_RAISED: Record<string, string> = {
  RATE_LIMIT_LOGINS_PER_ADDRESS: '1000000/60',
  RATE_LIMIT_FAILED_LOGINS_PER_USERNAME: '1000000/60',
  RATE_LIMIT_REGISTRATIONS_PER_ADDRESS: '1000000/60',
  RATE_LIMIT_CALLS_PER_TOKEN: '1000000/60',
};

/** The settings a test's server runs with on a database: cheap bcrypt, a free port, raised limits, and `env`. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({ DATABASE_URL: databaseUrl, BCRYPT_ROUNDS: '4', PORT: '0', ...RATE_LIMITS_RAISED, ...env });
}

/**
 * The real server on a real database, listening on a free port: SQLite in a
 * fresh temporary file, or the PostgreSQL that TEST_DATABASE_URL names,
 * emptied by rolling back every migration first.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'microblog-test-'));
  const databaseUrl = process.env.TEST_DATABASE_URL || `sqlite:${path.join(scratch, 'test.sqlite')}`;
  const config = testConfig(databaseUrl, env);
  const database = openDatabase(config.databaseUrl);
  await emptySchema(database);
  await migrateToLatest(database);

  const served = await serveApp(config, database);
  return {
    ...served,
    database,
    db: database.knex,
    async close() {
      await served.close();
      await closeDatabase(database);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export interface ServedApp {
  baseUrl: string;
  app: Koa;
  /** Shuts the app down gently (createApp's drain). */
  drain(timeoutMs: number): Promise<boolean>;
  /** Unexpected errors the server logged: any is a failed test. */
  unexpectedErrors: unknown[];
  /** Every JSON line the server has logged, parsed. */
  logLines: Record<string, unknown>[];
  /** Stops listening (a RunningServer also closes its database). */
  close(): Promise<void>;
}

/** The app over a database the caller opened (and closes), listening on a free port. */
export async function serveApp(config: Config, db: Database): Promise<ServedApp> {
  const unexpectedErrors: unknown[] = [];
  const logLines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line)) });
  const { app, drain, close: closeApp } = await createApp({ config, db, logger, onUnexpectedError: (error) => unexpectedErrors.push(error) });
  const contract = await loadContract();
  const server: Server = await new Promise((resolve) => {
    const listening = createHttpServer(app, contract, config, logger).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    drain,
    unexpectedErrors,
    logLines,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await closeApp();
    },
  };
}

/**
 * Undoes every migration. A PostgreSQL test database that a newer checkout
 * migrated (another branch, another run) cannot be rolled back by this one:
 * it is emptied whole instead, as README warns.
 */
async function emptySchema(db: Database): Promise<void> {
  try {
    await rollbackAll(db);
  } catch (error) {
    if (!(error instanceof SchemaError) || db.isSqlite) throw error;
    await db.knex.raw('DROP SCHEMA public CASCADE');
    await db.knex.raw('CREATE SCHEMA public');
  }
}

/** Empties every table, children first, so each test starts from nothing. */
export async function emptyDatabase(db: Knex): Promise<void> {
  for (const table of ['stream_events', 'notifications', 'messages', 'idempotency_keys', 'refresh_tokens', 'tokens', 'sessions', 'likes', 'posts', 'followers', 'users']) {
    await db(table).delete();
  }
  await db('totals').update({ value: 0 });
}
