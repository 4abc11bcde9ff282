import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeDatabase, openDatabase } from '../../src/data/db.js';
import { call, expectError } from '../support/client.js';
import { countMismatches } from '../support/invariants.js';
import { serversOnScratchDatabase } from '../support/process.js';
import { TcpRelay } from '../support/tcp-relay.js';

/**
 * PostgreSQL going away under load: the server reaches it through a relay
 * that the test cuts for a few seconds and restores. (SQLite's outage, a
 * lock held past the busy timeout, is in database-locked.test.ts.)
 */
describe('a PostgreSQL outage under load', function () {
  this.timeout(120_000);
  const database = serversOnScratchDatabase('outage');
  let relay: TcpRelay | undefined;

  before(function () {
    if (!process.env.TEST_DATABASE_URL) this.skip();
  });
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
  });

  it('answers 503 with Retry-After while it is away, recovers by itself, and loses or half-writes nothing', async () => {
    const direct = new URL(database.url);
    relay = await TcpRelay.start(direct.hostname, Number(direct.port || 5432));
    const throughRelay = new URL(database.url);
    throughRelay.host = `127.0.0.1:${relay.port}`;
    const server = await database.start({ DATABASE_URL: throughRelay.toString() });
    const { baseUrl } = server;

    const writer = { username: 'writer', email: 'writer@example.com', password: 'writer-pw' };
    expect((await call('POST', '/api/users', { baseUrl, json: writer })).status).to.equal(201);
    const { token } = (await call('POST', '/api/tokens', { baseUrl, basic: writer })).body;

    // Four clients post until told to stop; every answer is checked against the contract.
    const acknowledged = new Map<number, string>();
    const statuses: number[] = [];
    let sent = 0;
    let running = true;
    const client = async (n: number) => {
      for (let i = 0; running; i++) {
        const body = `client ${n} post ${i}`;
        sent += 1;
        const res = await call('POST', '/api/posts', { baseUrl, token, json: { body } });
        statuses.push(res.status);
        if (res.status === 201) acknowledged.set(res.body.id, body);
        if (res.status === 503) {
          expectError(res, 503, 'database_unavailable');
          expect(Number(res.headers.get('retry-after'))).to.be.greaterThan(0);
          await sleep(50);
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));

    await sleep(1000);
    const before = statuses.length;
    relay.cut();
    await sleep(500);
    const notReady = await call('GET', '/api/health/ready', { baseUrl });
    expect(notReady.status).to.equal(503);
    const whileAway = await call('GET', '/api/me', { baseUrl, token });
    expectError(whileAway, 503, 'database_unavailable');
    await sleep(2500);
    const duringCut = statuses.slice(before);
    relay.restore();

    // Back by itself: readiness returns, and so do writes.
    let ready = 0;
    for (let tries = 0; tries < 60 && ready !== 200; tries++) {
      ready = (await call('GET', '/api/health/ready', { baseUrl })).status;
      if (ready !== 200) await sleep(250);
    }
    expect(ready).to.equal(200);
    const afterCount = statuses.length;
    await sleep(1000);
    running = false;
    await load;

    expect(duringCut, 'answers while the database was away').to.include(503);
    expect([...new Set(statuses)].sort(), 'every answer').to.deep.equal([201, 503]);
    expect(statuses.slice(afterCount), 'answers once it was back').to.include(201);
    expect(server.output(), 'the server logged no unexpected error').to.not.include('unexpected error');
    expect(server.child.exitCode, 'the server is still running').to.equal(null);

    const opened = openDatabase(database.url);
    const db = opened.knex;
    try {
      expect(await countMismatches(db)).to.deep.equal([]);
      const stored = new Map((await db('posts').select('id', 'body')).map((row) => [Number(row.id), row.body as string]));
      for (const [id, body] of acknowledged) expect(stored.get(id), `acknowledged post ${id}`).to.equal(body);
      // A post whose answer was lost with its connection may be there too; never more than were sent.
      expect(stored.size).to.be.within(acknowledged.size, sent);
    } finally {
      await closeDatabase(opened);
    }
    console.log(`      ${sent} posts sent, ${acknowledged.size} acknowledged, ${statuses.filter((s) => s === 503).length} answered 503 while away`);
  });
});
