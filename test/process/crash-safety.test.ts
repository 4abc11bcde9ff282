import Database from 'better-sqlite3';
import { expect } from 'chai';
import { closeDatabase, openDatabase } from '../../src/data/db.js';
import { call } from '../support/client.js';
import { serversOnScratchDatabase } from '../support/process.js';

/**
 * A server killed with SIGKILL in the middle of a write load: nothing it
 * acknowledged is lost, nothing half-written is left, and it starts again on
 * the same database. (On PostgreSQL the database itself survives the kill;
 * this shows the server's transactions leave nothing partial there either.)
 */
describe('crash safety: SIGKILL during a write load', function () {
  this.timeout(120_000);
  const database = serversOnScratchDatabase('crash');

  it('keeps every acknowledged post, leaves every count equal to its rows, and restarts clean', async () => {
    const first = await database.start();
    const baseUrl = first.baseUrl;
    const writer = { username: 'writer', email: 'writer@example.com', password: 'writer-pw' };
    expect((await call('POST', '/api/users', { baseUrl, json: writer })).status).to.equal(201);
    const { token } = (await call('POST', '/api/tokens', { baseUrl, basic: writer })).body;

    // Eight clients post as fast as they can until the server dies under them.
    const acknowledged = new Map<number, string>();
    let sent = 0;
    const client = async (n: number) => {
      for (let i = 0; ; i++) {
        const body = `client ${n} post ${i}`;
        sent += 1;
        // Checked against the contract like every answer; none when the connection died with the server (fetch's TypeError).
        const res = await call('POST', '/api/posts', { baseUrl, token, json: { body } }).catch((error: unknown) => {
          if (error instanceof TypeError) return undefined;
          throw error;
        });
        if (!res) return;
        if (res.status === 201) acknowledged.set(res.body.id, body);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    await load;
    await first.exited;
    expect(acknowledged.size, 'posts acknowledged before the kill').to.be.greaterThan(20);

    if (database.url.startsWith('sqlite:')) {
      const file = new Database(database.url.slice('sqlite:'.length), { readonly: true });
      try {
        expect(file.pragma('integrity_check', { simple: true })).to.equal('ok');
        expect(file.pragma('foreign_key_check')).to.deep.equal([]);
      } finally {
        file.close();
      }
    }

    const second = await database.start();
    for (const [id, body] of acknowledged) {
      const res = await call('GET', `/api/posts/${id}`, { baseUrl: second.baseUrl, token });
      expect(res.status, `post ${id}`).to.equal(200);
      expect(res.body.body).to.equal(body);
    }
    // Counts are written in the same transactions as the rows: after the kill they still equal the rows.
    const opened = openDatabase(database.url);
    const db = opened.knex;
    try {
      const [{ rows }] = (await db('posts').count({ rows: '*' })) as [{ rows: number | string }];
      const { post_count: postCount } = await db('users').where({ username: 'writer' }).first('post_count');
      const { value: total } = await db('totals').where({ name: 'posts' }).first('value');
      expect([Number(postCount), Number(total)]).to.deep.equal([Number(rows), Number(rows)]);
      // A few more than acknowledged (committed, the answer lost in the kill), never fewer, never more than sent.
      expect(Number(rows)).to.be.within(acknowledged.size, sent);
    } finally {
      await closeDatabase(opened);
    }
    const me = await call('GET', '/api/me', { baseUrl: second.baseUrl, token });
    expect(me.status).to.equal(200);
  });
});
