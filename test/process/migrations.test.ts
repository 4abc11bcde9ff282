import { expect } from 'chai';
import { call } from '../support/client.js';
import { closeDatabase, openDatabase } from '../../src/data/db.js';
import { migrateProcess as migrate, startServerProcess } from '../support/process.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';

async function migrationNames(databaseUrl: string): Promise<string[]> {
  const db = openDatabase(databaseUrl);
  try {
    return (await db.knex('knex_migrations').orderBy('id').select('name')).map((row: { name: string }) => row.name);
  } finally {
    await closeDatabase(db);
  }
}

async function lockRows(databaseUrl: string): Promise<{ is_locked: number }[]> {
  const db = openDatabase(databaseUrl);
  try {
    return await db.knex('knex_migrations_lock').select('is_locked');
  } finally {
    await closeDatabase(db);
  }
}

/** Starts the server process and expects it to refuse: exit 1, with its reason. */
async function refusal(env: Record<string, string>): Promise<string> {
  const attempt = await startServerProcess({ PORT: '0', ...env }).then(
    (server) => {
      server.child.kill();
      throw new Error('the server started');
    },
    (error: Error) => error.message,
  );
  expect(attempt).to.match(/exited with 1/);
  return attempt;
}

describe('migrations (npm run migrate)', function () {
  this.timeout(120_000);
  let database: ScratchDatabase;

  beforeEach(async () => {
    database = await scratchDatabase('migrations');
  });
  afterEach(() => database.drop());

  it('processes migrating a fresh database at once all succeed, each migration runs once, and knex keeps one lock', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(database.url)));
    for (const { stdout } of results) expect(stdout).to.include('migrate latest: done');
    const names = await migrationNames(database.url);
    expect(names).to.have.length.greaterThan(0);
    expect(new Set(names).size).to.equal(names.length);
    expect(names.every((name) => !/\.(ts|js)$/.test(name))).to.equal(true);
    // Two lock rows made knex refuse every later migration as "already locked".
    expect(await lockRows(database.url)).to.deep.equal([{ is_locked: 0 }]);
    await migrate(database.url, 'rollback');
  });

  it('rolls back the last batch, and migrates forward again', async () => {
    await migrate(database.url);
    const all = await migrationNames(database.url);
    await migrate(database.url, 'rollback');
    expect(await migrationNames(database.url)).to.deep.equal([]);
    await migrate(database.url);
    expect(await migrationNames(database.url)).to.deep.equal(all);
  });

  it('refuses an unknown command', async () => {
    const failure = await migrate(database.url, 'sideways').catch((error: { code: number; stderr: string }) => error);
    expect(failure).to.include({ code: 2 });
    expect((failure as { stderr: string }).stderr).to.include('use latest, rollback, unlock');
  });

  describe('an instance', () => {
    it('does not start on a database whose migrations are behind, and says what to run', async () => {
      const message = await refusal({ DATABASE_URL: database.url, MIGRATE_ON_START: 'false' });
      expect(message).to.include('the database schema is behind').and.to.include('npm run migrate');
    });

    it('does not start on a database migrated by a newer release', async () => {
      await migrate(database.url);
      const db = openDatabase(database.url);
      await db.knex('knex_migrations').insert({ name: '29991231000000_from_the_future', batch: 99, migration_time: new Date() });
      await closeDatabase(db);
      const message = await refusal({ DATABASE_URL: database.url });
      expect(message).to.include('migrations this release does not know').and.to.include('29991231000000_from_the_future');
    });

    it('starts once the database is migrated, without migrating it itself', async () => {
      await migrate(database.url);
      const server = await startServerProcess({ PORT: '0', DATABASE_URL: database.url, MIGRATE_ON_START: 'false' });
      try {
        expect((await call('GET', '/api', { baseUrl: server.baseUrl })).status).to.equal(200);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    });
  });
});
