import { expect } from 'chai';
import { closeDatabase, openDatabase, type Database } from '../../src/data/db.js';
import { call } from '../support/client.js';
import { StreamClient } from '../support/event-stream.js';
import { makeFollow, signedIn, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { ensureRedis } from '../support/redis.js';
import { serveApp, testConfig, type ServedApp } from '../support/server.js';

/**
 * Events reach the streams of every instance: another instance is another
 * app on a connection of its own to the same database (in this process, for
 * speed; the nginx test runs them as processes), hearing the first one by
 * PostgreSQL's NOTIFY or by Redis; and the workers of one server on SQLite
 * hear each other through their primary.
 */
describe('streams across instances', function () {
  this.timeout(60_000);
  const clients: StreamClient[] = [];
  let other: { app: ServedApp; db: Database } | undefined;

  async function anotherInstance(env: Record<string, string> = {}) {
    const db = openDatabase(server().database.url);
    other = { app: await serveApp(testConfig(server().database.url, env), db), db };
    return other.app;
  }
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await other?.app.close();
    if (other) await closeDatabase(other.db);
    other = undefined;
  });

  /** A post written through the suite's server reaches a follower streaming from `instance`. */
  async function postReaches(instance: ServedApp, env: { redis?: string } = {}) {
    const [ann, ben] = [await signedIn(), await signedIn()];
    await makeFollow(ben, ann);
    const client = await StreamClient.opened(instance.baseUrl, ben.token);
    clients.push(client);
    // On Redis the writer must publish too: the suite's server does not use it, so a third instance writes.
    const writerDb = env.redis ? openDatabase(server().database.url) : undefined;
    const writer = writerDb
      ? await serveApp(testConfig(server().database.url, { REDIS_URL: env.redis! }), writerDb)
      : undefined;
    try {
      const res = await call('POST', '/api/posts', { baseUrl: writer?.baseUrl ?? server().baseUrl, token: ann.token, json: { body: 'across instances' } });
      expect(res.status).to.equal(201);
      const [event] = await client.waitForEvents(1, 3000);
      expect([event!.event, (event!.data as { id: number }).id]).to.deep.equal(['post', res.body.id]);
    } finally {
      await writer?.close();
      if (writerDb) await closeDatabase(writerDb);
    }
  }

  it("reaches another instance's streams by PostgreSQL's NOTIFY", async function () {
    if (server().database.isSqlite) this.skip(); // SQLite processes hear each other by Redis, or as workers of one server
    await postReaches(await anotherInstance());
  });

  it("reaches another instance's streams by Redis, when REDIS_URL is set", async () => {
    const redis = await ensureRedis();
    await postReaches(await anotherInstance({ REDIS_URL: redis }), { redis });
  });

  describe('workers of one server on SQLite (WEB_CONCURRENCY)', () => {
    let workers: ServerProcess | undefined;
    afterEach(async () => {
      workers?.child.kill('SIGTERM');
      await workers?.exited;
      workers = undefined;
    });

    it("sends every worker's streams what any worker writes", async function () {
      if (!server().database.isSqlite) this.skip();
      workers = await startServerProcess({ PORT: '0', DATABASE_URL: server().database.url, BCRYPT_ROUNDS: '4', WEB_CONCURRENCY: '2' });
      const baseUrl = workers.baseUrl;
      const register = async (name: string) => {
        const user = { username: `${name}${Date.now()}`, email: `${name}${Date.now()}@example.com`, password: `${name}-password` };
        const created = await call('POST', '/api/users', { baseUrl, json: user });
        const token = await call('POST', '/api/tokens', { baseUrl, basic: user });
        return { id: created.body.id as number, token: token.body.token as string };
      };
      const [ann, ...fans] = [await register('ann'), await register('fan'), await register('fan'), await register('fan')];
      for (const fan of fans) await call('PUT', `/api/users/${fan.id}/followed/${ann.id}`, { baseUrl, token: fan.token });
      // Six connections: the primary hands them to the two workers in turn.
      for (const fan of fans) for (let i = 0; i < 2; i++) clients.push(await StreamClient.opened(baseUrl, fan.token));
      const posted = await call('POST', '/api/posts', { baseUrl, token: ann.token, json: { body: 'to every worker' } });
      for (const client of clients) {
        const [event] = await client.waitForEvents(1, 3000);
        expect((event!.data as { id: number }).id).to.equal(posted.body.id);
      }
      expect(workers.output()).to.match(/worker \d+/);
    });
  });
});
