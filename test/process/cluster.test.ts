import { expect } from 'chai';
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
      const json = { 'content-type': 'application/json' };
      const created = await fetch(`${server.baseUrl}/api/users`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'many', email: 'many@example.com', password: 'a-password' }),
      });
      expect(created.status).to.equal(201);
      const user = await created.json();
      const login = await fetch(`${server.baseUrl}/api/tokens`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from('many:a-password').toString('base64')}` },
      });
      const { token } = await login.json();
      const auth = { authorization: `Bearer ${token}` };

      // Concurrent writes, spread over both workers by the kernel.
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          fetch(`${server.baseUrl}/api/posts`, { method: 'POST', headers: { ...auth, ...json }, body: JSON.stringify({ body: `post ${i}` }) }).then(
            (res) => res.status,
          ),
        ),
      );
      expect(statuses.filter((status) => status !== 201)).to.deep.equal([]);

      // Whichever worker answers, the token works and the count is the rows'.
      for (let i = 0; i < 6; i++) {
        const read = await fetch(`${server.baseUrl}/api/users/${user.id}`, { headers: auth });
        expect(read.status).to.equal(200);
        expect((await read.json()).post_count).to.equal(40);
      }
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).to.equal(0);
  });
});
