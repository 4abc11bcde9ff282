import { createServer, type Server, type Socket } from 'node:net';
import { expect } from 'chai';
import { loadConfig } from '../../src/config.js';
import { closeDatabase, openDatabase, type Database } from '../../src/data/db.js';
import { migrateToLatest, rollbackLatest } from '../../src/data/migrator.js';
import { call, expectError } from '../support/client.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';
import { serveApp, type ServedApp } from '../support/server.js';

describe('GET /api/health/live', () => {
  it('answers 200 pass, never cached, without credentials', async () => {
    const res = await call('GET', '/api/health/live');
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ status: 'pass' });
    expect(res.headers.get('cache-control')).to.equal('no-store');
  });

  it('rejects a query parameter it does not take with 400', async () => {
    const res = await call('GET', '/api/health/live?verbose=1');
    expectError(res, 400, 'validation_failed');
  });
});

describe('GET /api/health/ready', () => {
  it('answers 200 when the database answers, its schema is current and the instance is serving', async () => {
    const res = await call('GET', '/api/health/ready');
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(res.body).to.deep.equal({
      status: 'pass',
      checks: { database: { status: 'pass' }, migrations: { status: 'pass' }, serving: { status: 'pass' } },
    });
  });

  describe('on an instance of its own', function () {
    this.timeout(30_000);
    let scratch: ScratchDatabase;
    let db: Database;
    let served: ServedApp | undefined;

    const serve = async (database: Database, url = scratch.url) => {
      served = await serveApp(loadConfig({ DATABASE_URL: url, BCRYPT_ROUNDS: '4', PORT: '0' }), database);
      return served;
    };

    beforeEach(async () => {
      scratch = await scratchDatabase('health');
      db = openDatabase(scratch.url);
      await migrateToLatest(db);
    });
    afterEach(async () => {
      await served?.close();
      served = undefined;
      await closeDatabase(db);
      await scratch.drop();
    });

    it('fails with 503 while a migration of this release is not run, naming it, and passes once it is', async () => {
      const { baseUrl } = await serve(db);
      await rollbackLatest(db);
      const behind = await call('GET', '/api/health/ready', { baseUrl });
      expect(behind.status).to.equal(503);
      expect(behind.body.status).to.equal('fail');
      expect(behind.body.checks.database).to.deep.equal({ status: 'pass' });
      expect(behind.body.checks.migrations.status).to.equal('fail');
      expect(behind.body.checks.migrations.output).to.match(/not run: \d{14}_\w+/).and.match(/npm run migrate/);

      await migrateToLatest(db);
      const current = await call('GET', '/api/health/ready', { baseUrl });
      expect(current.status).to.equal(200);
    });

    it('passes, with a note, on a database a newer release has migrated (a rolling upgrade)', async () => {
      const { baseUrl } = await serve(db);
      await db.knex('knex_migrations').insert({ name: '29991231000000_from_a_newer_release', batch: 99, migration_time: new Date() });
      const res = await call('GET', '/api/health/ready', { baseUrl });
      expect(res.status).to.equal(200);
      expect(res.body.checks.migrations).to.deep.equal({ status: 'pass', output: 'the database has 1 migration(s) of a newer release' });
    });

    it('fails with 503 once shutting down, while the process stays alive', async () => {
      const { baseUrl, drain } = await serve(db);
      expect(await drain(1000)).to.equal(true);
      const ready = await call('GET', '/api/health/ready', { baseUrl });
      expect(ready.status).to.equal(503);
      expect(ready.body.checks.serving).to.deep.equal({ status: 'fail', output: 'shutting down: finishing the requests in flight' });
      expect(ready.body.checks.database).to.deep.equal({ status: 'pass' });
      const live = await call('GET', '/api/health/live', { baseUrl });
      expect(live.status).to.equal(200);
    });

    it('fails with 503 when its database connection is gone, telling no more than an error code', async () => {
      const lost = openDatabase(scratch.url);
      const { baseUrl, logLines } = await serve(lost);
      await closeDatabase(lost);
      const res = await call('GET', '/api/health/ready', { baseUrl });
      expect(res.status).to.equal(503);
      expect(res.body.checks.database.status).to.equal('fail');
      expect(res.body.checks.database.output).to.match(/^the database failed the query/);
      expect(res.body.checks.migrations).to.deep.equal({ status: 'fail', output: 'not checked: the database is not answering' });
      expect(JSON.stringify(res.body)).to.not.include(scratch.url);
      // The whole error is for the operator, in the log.
      expect(logLines.some((line) => line.msg === 'readiness check failed' && line.check === 'database')).to.equal(true);
    });
  });

  describe('against a database server that accepts connections and never answers', function () {
    this.timeout(30_000);
    let silent: Server;
    const sockets = new Set<Socket>();
    let port: number;

    before(async () => {
      silent = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      port = (silent.address() as { port: number }).port;
    });
    after(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('answers 503 within its two-second limit instead of hanging with the database', async () => {
      const url = `postgres://nobody@127.0.0.1:${port}/nothing`;
      const hanging = openDatabase(url);
      const served = await serveApp(loadConfig({ DATABASE_URL: url, BCRYPT_ROUNDS: '4', PORT: '0' }), hanging);
      try {
        const started = Date.now();
        const res = await call('GET', '/api/health/ready', { baseUrl: served.baseUrl });
        const waited = Date.now() - started;
        expect(res.status).to.equal(503);
        expect(res.body.checks.database).to.deep.equal({ status: 'fail', output: 'the database did not answer within 2000 ms' });
        // It waited for its limit, and not for the pool's own (60 s) timeout.
        expect(waited).to.be.within(1900, 15_000);
      } finally {
        await served.close();
        for (const socket of sockets) socket.destroy();
        await closeDatabase(hanging);
      }
    });
  });
});
