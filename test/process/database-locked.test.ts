import Database from 'better-sqlite3';
import { expect } from 'chai';
import { call, expectError, type ApiResponse } from '../support/client.js';
import { serversOnScratchDatabase } from '../support/process.js';

/** SQLite's outage: another process holds the write lock past the 5 s busy timeout. */
describe('an SQLite database locked past the busy timeout', function () {
  this.timeout(60_000);
  const database = serversOnScratchDatabase('locked');

  before(function () {
    if (process.env.TEST_DATABASE_URL) this.skip();
  });

  it('answers a write 503 with Retry-After, changes nothing, and writes again once the lock is gone', async () => {
    const { baseUrl } = await database.start();
    const user = { username: 'patient', email: 'patient@example.com', password: 'patient-pw' };
    expect((await call('POST', '/api/users', { baseUrl, json: user })).status).to.equal(201);
    const { token } = (await call('POST', '/api/tokens', { baseUrl, basic: user })).body;

    const holder = new Database(database.url.slice('sqlite:'.length));
    holder.exec('BEGIN EXCLUSIVE');
    let blocked: ApiResponse;
    try {
      blocked = await call('POST', '/api/posts', { baseUrl, token, json: { body: 'while locked' } });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expectError(blocked, 503, 'database_unavailable');
    expect(Number(blocked.headers.get('retry-after'))).to.be.greaterThan(0);
    const after = await call('POST', '/api/posts', { baseUrl, token, json: { body: 'after' } });
    expect(after.status).to.equal(201);
    const mine = await call('GET', '/api/posts', { baseUrl, token });
    expect(mine.body.items.map((post: { body: string }) => post.body)).to.deep.equal(['after']);
  });
});
