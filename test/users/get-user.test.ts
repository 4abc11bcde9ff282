import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { makeFollow, registerUser, signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

describe('GET /api/users/{id}', () => {
  it('shows your own user with its email', async () => {
    const me = await signedIn({ email: 'me@example.com' });
    const res = await call('GET', `/api/users/${me.id}`, { token: me.token });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ id: me.id, username: me.username, email: 'me@example.com' });
  });

  it("shows someone else's user without its email", async () => {
    const me = await signedIn();
    const other = await registerUser();
    const res = await call('GET', `/api/users/${other.id}`, { token: me.token });
    expect(res.status).to.equal(200);
    expect(res.body.username).to.equal(other.username);
    expect(res.body).to.not.have.property('email');
    expect(res.text).to.not.include(other.email);
  });

  it('counts followers and followed users', async () => {
    const me = await signedIn();
    const [a, b] = [await registerUser(), await registerUser()];
    await makeFollow(a, me);
    await makeFollow(b, me);
    await makeFollow(me, a);
    await makeFollow(me, a); // following twice counts once
    const res = await call('GET', `/api/users/${me.id}`, { token: me.token });
    expect(res.body).to.include({ follower_count: 2, followed_count: 1, post_count: 0 });
  });

  describe('last_seen', () => {
    it('moves forward when a user who was away comes back, without a write on every request', async () => {
      const me = await signedIn();
      const longAgo = new Date('2020-01-01T00:00:00Z');
      await server().db('users').where({ id: me.id }).update({ last_seen: longAgo });

      const first = await call('GET', `/api/users/${me.id}`, { token: me.token });
      const seen = Date.parse(first.body.last_seen);
      expect(seen).to.be.greaterThan(Date.now() - 60_000);

      // Within the resolution (60 s) it is not written again.
      const marker = new Date(seen - 1000);
      await server().db('users').where({ id: me.id }).update({ last_seen: marker });
      const second = await call('GET', `/api/users/${me.id}`, { token: me.token });
      expect(second.body.last_seen).to.equal(marker.toISOString());
    });
  });

  describe('when the id is wrong', () => {
    it('answers 404 for an id no user has', async () => {
      const me = await signedIn();
      const res = await call('GET', '/api/users/999999', { token: me.token });
      expectError(res, 404, 'user_not_found');
      expect(res.body).to.deep.equal({ error: 'Not Found', code: 'user_not_found', message: 'user 999999 does not exist' });
    });

    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', "1'%20OR%20'1'='1"]) {
      it(`answers 400 for the id ${id}`, async () => {
        const me = await signedIn();
        const res = await call('GET', `/api/users/${id}`, { token: me.token });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details[0]).to.include({ in: 'path', field: 'id' });
      });
    }
  });

  describe('without a valid token', () => {
    it('answers 401 with a Bearer challenge when there is no token', async () => {
      const other = await registerUser();
      const res = await call('GET', `/api/users/${other.id}`);
      expectError(res, 401, 'authentication_required');
      expect(res.headers.get('www-authenticate')).to.equal('Bearer realm="microblog"');
      expect(res.body.message).to.equal('a bearer token is required');
    });

    it('answers 401 for a made-up token', async () => {
      const other = await registerUser();
      const res = await call('GET', `/api/users/${other.id}`, { token: 'not-a-real-token' });
      expectError(res, 401, 'token_invalid');
      expect(res.headers.get('www-authenticate')).to.equal('Bearer realm="microblog", error="invalid_token"');
    });

    it('answers 401 for Basic credentials instead of a token', async () => {
      const other = await registerUser();
      const res = await call('GET', `/api/users/${other.id}`, { basic: other });
      expectError(res, 401, 'authentication_required');
    });

    it('answers 401 for an expired token', async () => {
      const me = await signedIn();
      await server().db('tokens').update({ expires_at: new Date(Date.now() - 1000) });
      const res = await call('GET', `/api/users/${me.id}`, { token: me.token });
      expectError(res, 401, 'token_expired');
      expect(res.body.message).to.equal('the token has expired; refresh it or log in again');
    });
  });
});
