import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

describe('GET /api/users?username= (opening a profile from a name)', () => {
  it('answers the one user of that username, whatever its case, in the usual envelope, the filter kept in its links', async () => {
    const me = await signedIn();
    const alice = await registerUser({ username: 'Alice' });
    await registerUser({ username: 'alicia' });
    const res = await call('GET', '/api/users?username=aLiCe', { token: me.token });
    expect(res.status).to.equal(200);
    expect(res.body.items.map((u: { id: number }) => u.id)).to.deep.equal([alice.id]);
    expect(res.body._meta).to.deep.equal({ page: 1, per_page: 10, total_pages: 1, total_items: 1 });
    expect(res.body._links).to.deep.equal({ self: '/api/users?username=aLiCe&page=1&per_page=10', next: null, prev: null });
    expect(res.headers.get('link')).to.include('</api/users?username=aLiCe&page=1&per_page=10>; rel="first"');
  });

  it('answers an empty page for a username nobody has, and for a page past the one user', async () => {
    const me = await signedIn();
    const nobody = await call('GET', '/api/users?username=nobody', { token: me.token });
    expect(nobody.status).to.equal(200);
    expect(nobody.body.items).to.deep.equal([]);
    expect(nobody.body._meta.total_items).to.equal(0);
    const beyond = await call('GET', `/api/users?username=${me.username}&after=${me.id}`, { token: me.token });
    expect(beyond.body.items).to.deep.equal([]);
    const before = await call('GET', `/api/users?username=${me.username}&before=${me.id + 1}`, { token: me.token });
    expect(before.body.items.map((u: { id: number }) => u.id)).to.deep.equal([me.id]);
  });

  it('refuses a username the contract would never allow, naming the parameter', async () => {
    const me = await signedIn();
    const res = await call('GET', `/api/users?username=${encodeURIComponent('no spaces')}`, { token: me.token });
    expectError(res, 400, 'validation_failed');
    expect(res.body.details).to.deep.include({ in: 'query', field: 'username', message: 'may only contain letters, digits, ".", "_" and "-"' });
  });

  it('is served by the lower(username) index, on either database', async () => {
    const db = server().db;
    const plan = server().database.isSqlite
      ? JSON.stringify(await db.raw("EXPLAIN QUERY PLAN SELECT * FROM users WHERE lower(username) = lower('alice') LIMIT 1"))
      : JSON.stringify((await db.raw("EXPLAIN SELECT * FROM users WHERE lower(username) = lower('alice') LIMIT 1")).rows);
    expect(plan).to.match(/users_username_lower_unique/);
  });
});
