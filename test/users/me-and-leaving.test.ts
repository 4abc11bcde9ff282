import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn, tokenFor, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

describe('GET /api/me', () => {
  it('tells a client that just got a token who it is, with its email', async () => {
    const user = await registerUser({ email: 'who@example.com' });
    const token = await call('POST', '/api/tokens', { basic: user });
    expect(token.body._links).to.deep.equal({ me: '/api/me', user: `/api/users/${user.id}` });
    const me = await call('GET', token.body._links.me, { token: token.body.token });
    expect(me.status).to.equal(200);
    expect(me.body).to.include({ id: user.id, username: user.username, email: 'who@example.com' });
  });

  it('answers 401 without a token', async () => {
    expectError(await call('GET', '/api/me'), 401, 'authentication_required');
  });
});

describe('DELETE /api/users/{id}', () => {
  it('removes the account, its posts, edges and tokens, and fixes everyone else’s counts', async () => {
    const leaver = await signedIn();
    const fan = await signedIn();
    const star = await signedIn();
    await call('PUT', `/api/users/${fan.id}/followed/${leaver.id}`, { token: fan.token });
    await call('PUT', `/api/users/${leaver.id}/followed/${star.id}`, { token: leaver.token });
    await call('PUT', `/api/users/${fan.id}/followed/${star.id}`, { token: fan.token });
    const postId = await writePost(leaver, 'goodbye');
    await writePost(star, 'still here');
    const laptop = await tokenFor(leaver);

    const res = await call('DELETE', `/api/users/${leaver.id}`, { token: leaver.token });
    expect(res.status).to.equal(204);

    expectError(await call('GET', `/api/users/${leaver.id}`, { token: fan.token }), 404, 'user_not_found');
    expectError(await call('GET', `/api/posts/${postId}`, { token: fan.token }), 404, 'post_not_found');
    expectError(await call('GET', '/api/me', { token: laptop }), 401, 'token_invalid');
    expect((await call('GET', '/api/me', { token: fan.token })).body).to.include({ followed_count: 1, follower_count: 0 });
    expect((await call('GET', `/api/users/${star.id}`, { token: fan.token })).body).to.include({ follower_count: 1 });
    const users = await call('GET', '/api/users', { token: fan.token });
    expect(users.body._meta.total_items).to.equal(2);
    const posts = await call('GET', '/api/posts', { token: fan.token });
    expect(posts.body._meta.total_items).to.equal(1);
    expect(posts.body.items.map((p: { body: string }) => p.body)).to.deep.equal(['still here']);
    for (const table of ['followers', 'tokens', 'posts']) {
      const rows = await server().db(table).where(table === 'followers' ? 'follower_id' : 'user_id', leaver.id);
      expect(rows, table).to.deep.equal([]);
    }
  });

  it("answers 403 to deleting someone else's account, and keeps it", async () => {
    const me = await signedIn();
    const other = await registerUser();
    const res = await call('DELETE', `/api/users/${other.id}`, { token: me.token });
    expectError(res, 403, 'not_owner');
    expect((await call('GET', `/api/users/${other.id}`, { token: me.token })).status).to.equal(200);
  });

  it('answers 404 to an account that does not exist', async () => {
    const me = await signedIn();
    expectError(await call('DELETE', '/api/users/606060', { token: me.token }), 404, 'user_not_found');
  });

  it('lets the username be registered again afterwards', async () => {
    const me = await signedIn({ username: 'phoenix' });
    await call('DELETE', `/api/users/${me.id}`, { token: me.token });
    const again = await call('POST', '/api/users', { json: { username: 'phoenix', email: 'p2@example.com', password: 'pw' } });
    expect(again.status).to.equal(201);
  });
});
