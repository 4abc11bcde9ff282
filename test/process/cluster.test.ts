import { expect } from 'chai';
import { call } from '../support/client.js';
import { migrateProcess, startServerProcess } from '../support/process.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';

describe('several worker processes (WEB_CONCURRENCY)', function () {
  this.timeout(120_000);
  let database: ScratchDatabase;

  beforeEach(async () => {
    database = await scratchDatabase('cluster');
    // PostgreSQL is migrated by its operator; SQLite migrates itself at start.
    if (!database.url.startsWith('sqlite:')) await migrateProcess(database.url);
  });
  afterEach(() => database.drop());

  it('serves from N workers on one port, writes from all of them agree, and all stop on SIGTERM', async () => {
    const server = await startServerProcess({ PORT: '0', DATABASE_URL: database.url, WEB_CONCURRENCY: '2', BCRYPT_ROUNDS: '4' });
    const workersListening = () => server.output().match(/listening on .*worker \d+/g)?.length ?? 0;
    try {
      // The first worker's line resolves the start; the second may come a moment later (a CI run saw it late).
      for (let waited = 0; workersListening() < 2 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(workersListening(), 'workers listening').to.equal(2);
      const { baseUrl } = server;
      const account = { username: 'many', email: 'many@example.com', password: 'a-password' };
      const created = await call('POST', '/api/users', { baseUrl, json: account });
      expect(created.status).to.equal(201);
      const user = created.body;
      const { token } = (await call('POST', '/api/tokens', { baseUrl, basic: account })).body;

      // Concurrent writes, spread over both workers by the kernel.
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          call('POST', '/api/posts', { baseUrl, token, json: { body: `post ${i}` } }).then((res) => res.status),
        ),
      );
      expect(statuses.filter((status) => status !== 201)).to.deep.equal([]);

      // Whichever worker answers, the token works and the count is the rows'.
      for (let i = 0; i < 6; i++) {
        const read = await call('GET', `/api/users/${user.id}`, { baseUrl, token });
        expect(read.status).to.equal(200);
        expect(read.body.post_count).to.equal(40);
      }
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).to.equal(0);
  });
});
