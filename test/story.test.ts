import { expect } from 'chai';
import { call, expectError } from './support/client.js';

describe('the whole life of a microblog, over the API', () => {
  it('register, post, follow, read the feed, edit and delete a post, unfollow, leave', async () => {
    // Two people register and get tokens.
    const people: Record<string, { id: number; token: string }> = {};
    for (const name of ['susan', 'miguel']) {
      const created = await call('POST', '/api/users', { json: { username: name, email: `${name}@example.com`, password: `${name}-pw` } });
      expect(created.status).to.equal(201);
      const token = await call('POST', '/api/tokens', { basic: { username: name, password: `${name}-pw` } });
      const me = await call('GET', token.body._links.me, { token: token.body.token });
      expect(me.body.id).to.equal(created.body.id);
      people[name] = { id: me.body.id, token: token.body.token };
    }
    const susan = people.susan!;
    const miguel = people.miguel!;

    // Miguel posts; Susan follows him and reads her feed.
    const post = await call('POST', '/api/posts', { token: miguel.token, json: { body: 'Hello from Miguel' } });
    expect(post.status).to.equal(201);
    expect((await call('PUT', `/api/users/${susan.id}/followed/${miguel.id}`, { token: susan.token })).status).to.equal(204);
    const mine = await call('POST', '/api/posts', { token: susan.token, json: { body: 'Hi Miguel!' } });
    let feed = await call('GET', '/api/feed', { token: susan.token });
    expect(feed.body.items.map((p: { body: string }) => p.body)).to.deep.equal(['Hi Miguel!', 'Hello from Miguel']);

    // Miguel edits his post; the feed shows the edit.
    await call('PUT', post.headers.get('location')!, { token: miguel.token, json: { body: 'Hello, edited' } });
    feed = await call('GET', '/api/feed', { token: susan.token });
    expect(feed.body.items[1].body).to.equal('Hello, edited');

    // Susan deletes her post and unfollows Miguel: her feed is empty again.
    expect((await call('DELETE', mine.headers.get('location')!, { token: susan.token })).status).to.equal(204);
    expect((await call('DELETE', `/api/users/${susan.id}/followed/${miguel.id}`, { token: susan.token })).status).to.equal(204);
    feed = await call('GET', '/api/feed', { token: susan.token });
    expect(feed.body.items).to.deep.equal([]);

    // Miguel leaves: his posts go with him, and his token stops working.
    expect((await call('DELETE', `/api/users/${miguel.id}`, { token: miguel.token })).status).to.equal(204);
    expect((await call('GET', '/api/posts', { token: susan.token })).body._meta.total_items).to.equal(0);
    expectError(await call('GET', '/api/me', { token: miguel.token }), 401, 'token_invalid');
    const users = await call('GET', '/api/users', { token: susan.token });
    expect(users.body.items.map((u: { username: string }) => u.username)).to.deep.equal(['susan']);

    // Susan revokes her token.
    expect((await call('DELETE', '/api/tokens', { token: susan.token })).status).to.equal(204);
    expectError(await call('GET', '/api/me', { token: susan.token }), 401, 'token_invalid');
  });
});
