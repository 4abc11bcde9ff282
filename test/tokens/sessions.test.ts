import { expect } from 'chai';
import { loadConfig } from '../../src/config.js';
import { call, expectError, outcomes, type ApiResponse } from '../support/client.js';
import { registerUser, type TestUser } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';
import { RATE_LIMITS_RAISED, serveApp } from '../support/server.js';

/** A login: the whole Token answer. */
async function login(user: TestUser, options: { scope?: 'read' | 'read write'; userAgent?: string; baseUrl?: string } = {}): Promise<ApiResponse> {
  const res = await call('POST', '/api/tokens', {
    basic: user,
    baseUrl: options.baseUrl,
    ...(options.scope && { json: { scope: options.scope } }),
    ...(options.userAgent && { headers: { 'user-agent': options.userAgent } }),
  });
  expect(res.status, res.text).to.equal(200);
  return res;
}

const refresh = (refreshToken: string, baseUrl?: string) => call('POST', '/api/tokens/refresh', { json: { refresh_token: refreshToken }, baseUrl });
const me = (token: string, baseUrl?: string) => call('GET', '/api/me', { token, baseUrl });
const sessionsOf = (userId: number) => rowCount(server().db('sessions').where({ user_id: userId }));

describe('sessions: POST /api/tokens, POST /api/tokens/refresh, GET and DELETE /api/tokens', () => {
  describe('logging in', () => {
    it('answers an access token, a refresh token and the default scope, read write', async () => {
      const res = await login(await registerUser());
      expect(res.body.scope).to.equal('read write');
      expect(res.body.refresh_token).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(res.body.refresh_token).to.not.equal(res.body.token);
      expect(res.body.expires_in).to.be.within(3590, 3600);
    });

    it('stores only hashes of both tokens', async () => {
      const res = await login(await registerUser());
      const stored = JSON.stringify(await server().db('refresh_tokens').select()) + JSON.stringify(await server().db('tokens').select());
      expect(stored).to.not.include(res.body.refresh_token);
      expect(stored).to.not.include(res.body.token);
    });

    it('gives a read-only session to a login that asks for one', async () => {
      const res = await login(await registerUser(), { scope: 'read' });
      expect(res.body.scope).to.equal('read');
    });

    it('refuses a scope it does not know, naming the field, and starts no session', async () => {
      const user = await registerUser();
      const res = await call('POST', '/api/tokens', { basic: user, json: { scope: 'admin' } });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).to.include('scope');
      expect(await sessionsOf(user.id)).to.equal(0);
    });
  });

  describe('refreshing', () => {
    it('exchanges the refresh token for a new pair of the same session and scope, and spends it', async () => {
      const user = await registerUser();
      const first = (await login(user, { scope: 'read' })).body;
      const next = await refresh(first.refresh_token);
      expect(next.status).to.equal(200);
      expect(next.body.scope).to.equal('read');
      expect(next.body.token).to.not.equal(first.token);
      expect(next.body.refresh_token).to.not.equal(first.refresh_token);
      expect((await me(next.body.token)).status).to.equal(200);
      expect(await sessionsOf(user.id)).to.equal(1);
      // The new refresh token works in turn.
      expect((await refresh(next.body.refresh_token)).status).to.equal(200);
    });

    it('ends the whole session when a spent refresh token comes back (it was copied)', async () => {
      const user = await registerUser();
      const first = (await login(user)).body;
      const next = (await refresh(first.refresh_token)).body;
      const reused = await refresh(first.refresh_token);
      expectError(reused, 401, 'refresh_token_reused');
      expect(reused.headers.get('www-authenticate')).to.include('error="invalid_token"');
      for (const token of [first.token, next.token]) expectError(await me(token), 401, 'token_invalid');
      expectError(await refresh(next.refresh_token), 401, 'refresh_token_invalid');
      expect(await sessionsOf(user.id)).to.equal(0);
    });

    it('answers 401 to an unknown, an expired and a revoked refresh token', async () => {
      expectError(await refresh('x'.repeat(43)), 401, 'refresh_token_invalid');
      const user = await registerUser();
      const expiring = (await login(user)).body;
      await server().db('refresh_tokens').update({ expires_at: new Date(Date.now() - 1000) });
      expectError(await refresh(expiring.refresh_token), 401, 'refresh_token_invalid');
      const revoked = (await login(user)).body;
      expect((await call('DELETE', '/api/tokens', { token: revoked.token })).status).to.equal(204);
      expectError(await refresh(revoked.refresh_token), 401, 'refresh_token_invalid');
    });

    it('refuses a body without a refresh token, naming the field', async () => {
      const res = await call('POST', '/api/tokens/refresh', { json: {} });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).to.include('refresh_token');
    });

    it('yields exactly one new pair for ten copies of a refresh token sent at once, then ends the session', async () => {
      const user = await registerUser();
      const first = (await login(user)).body;
      const answers = await Promise.all(Array.from({ length: 10 }, () => refresh(first.refresh_token)));
      // The one winner's pair; the rest find it spent (which ends the session), or the session ended.
      const [served, ...refused] = outcomes(answers).sort();
      expect(served).to.equal(200);
      expect(refused).to.have.length(9);
      for (const outcome of refused) expect(['401 refresh_token_reused', '401 refresh_token_invalid']).to.include(outcome);
      // The copies count as reuse: the pair that won is gone with its session.
      const winner = answers.find((res) => res.status === 200)!.body;
      expectError(await me(winner.token), 401, 'token_invalid');
      expect(await sessionsOf(user.id)).to.equal(0);
      expect(await rowCount(server().db('tokens').where({ user_id: user.id }))).to.equal(0);
    });

    it('leaves no live token behind when a refresh races the end of its session', async () => {
      for (let round = 0; round < 5; round++) {
        const user = await registerUser();
        const other = (await login(user)).body;
        const doomed = (await login(user)).body;
        const [sessionId] = await server().db('sessions').where({ user_id: user.id }).orderBy('id', 'desc').limit(1).pluck('id');
        const [refreshed, ended] = await Promise.all([refresh(doomed.refresh_token), call('DELETE', `/api/tokens/${sessionId}`, { token: other.token })]);
        expect(ended.status).to.equal(204);
        if (refreshed.status === 200) expectError(await me(refreshed.body.token), 401, 'token_invalid');
        else expectError(refreshed, 401, 'refresh_token_invalid');
        expectError(await me(doomed.token), 401, 'token_invalid');
        expect(await sessionsOf(user.id)).to.equal(1);
      }
    });
  });

  describe('GET /api/tokens', () => {
    it("lists the requester's live sessions newest first, marking the current one", async () => {
      const user = await registerUser();
      await login(user, { userAgent: 'PhoneApp/1.0' });
      const laptop = (await login(user, { userAgent: 'LaptopApp/2.0', scope: 'read' })).body;
      await login(await registerUser()); // someone else's
      // A third session, ended by time: not listed.
      await login(user);
      const [newest] = await server().db('sessions').where({ user_id: user.id }).orderBy('id', 'desc').limit(1).pluck('id');
      await server().db('sessions').where({ id: newest }).update({ expires_at: new Date(Date.now() - 1000) });
      const res = await call('GET', '/api/tokens', { token: laptop.token });
      expect(res.status).to.equal(200);
      expect(res.body.items.map((s: { user_agent: string }) => s.user_agent)).to.deep.equal(['LaptopApp/2.0', 'PhoneApp/1.0']);
      expect(res.body.items.map((s: { current: boolean }) => s.current)).to.deep.equal([true, false]);
      expect(res.body.items.map((s: { scope: string }) => s.scope)).to.deep.equal(['read', 'read write']);
      expect(res.body._meta.total_items).to.equal(2);
    });

    it('writes last_used at most once a minute, not on every request', async () => {
      const user = await registerUser();
      const { token } = (await login(user)).body;
      const before = await server().db('sessions').where({ user_id: user.id }).first('last_used_at');
      for (let i = 0; i < 3; i++) expect((await me(token)).status).to.equal(200);
      const after = await server().db('sessions').where({ user_id: user.id }).first('last_used_at');
      expect(new Date(after.last_used_at).getTime()).to.equal(new Date(before.last_used_at).getTime());
      await server().db('sessions').where({ user_id: user.id }).update({ last_used_at: new Date(Date.now() - 120_000) });
      await me(token);
      const moved = await server().db('sessions').where({ user_id: user.id }).first('last_used_at');
      expect(Date.now() - new Date(moved.last_used_at).getTime()).to.be.below(10_000);
    });
  });

  describe('DELETE /api/tokens/{id}', () => {
    it("ends one of the requester's sessions, and only that one", async () => {
      const user = await registerUser();
      const phone = (await login(user)).body;
      const laptop = (await login(user)).body;
      const sessions = (await call('GET', '/api/tokens', { token: laptop.token })).body.items;
      const phoneSession = sessions.find((s: { current: boolean }) => !s.current).id;
      expect((await call('DELETE', `/api/tokens/${phoneSession}`, { token: laptop.token })).status).to.equal(204);
      expectError(await me(phone.token), 401, 'token_invalid');
      expectError(await refresh(phone.refresh_token), 401, 'refresh_token_invalid');
      expect((await me(laptop.token)).status).to.equal(200);
    });

    it("answers 404 to another user's session exactly as to one that does not exist, and ends nothing", async () => {
      const mine = (await login(await registerUser())).body;
      const theirs = await registerUser();
      const their = (await login(theirs)).body;
      const [theirSession] = await server().db('sessions').where({ user_id: theirs.id }).pluck('id');
      const other = await call('DELETE', `/api/tokens/${theirSession}`, { token: mine.token });
      const unknown = await call('DELETE', '/api/tokens/999999', { token: mine.token });
      expect(outcomes([other, unknown])).to.deep.equal(['404 session_not_found', '404 session_not_found']);
      expect(other.body.message.replace(String(theirSession), 'N')).to.equal(unknown.body.message.replace('999999', 'N'));
      expect((await me(their.token)).status).to.equal(200);
    });
  });

  describe('a read-only token', () => {
    it('reads, and ends its own session, but gets 403 insufficient_scope on any change', async () => {
      const user = await registerUser();
      const { token } = (await login(user, { scope: 'read' })).body;
      expect((await me(token)).status).to.equal(200);
      expect((await call('GET', '/api/posts', { token })).status).to.equal(200);
      for (const [method, path, json] of [
        ['POST', '/api/posts', { body: 'hello' }],
        ['PUT', `/api/users/${user.id}`, { about_me: 'changed' }],
        ['PUT', `/api/users/${user.id}/followed/${user.id}`, undefined],
        ['DELETE', '/api/tokens/1', undefined],
      ] as const) {
        const res = await call(method, path, { token, json });
        expectError(res, 403, 'insufficient_scope');
        expect(res.headers.get('www-authenticate')).to.equal('Bearer realm="microblog", error="insufficient_scope", scope="write"');
      }
      expect(await rowCount(server().db('posts'))).to.equal(0);
      expect((await call('DELETE', '/api/tokens', { token })).status).to.equal(204);
      expectError(await me(token), 401, 'token_invalid');
    });
  });

  describe('ending sessions with the account', () => {
    it('ends every other session, refresh tokens included, when the password changes; all of them when the account goes', async () => {
      const user = await registerUser();
      const current = (await login(user)).body;
      const other = (await login(user)).body;
      const changed = await call('PUT', `/api/users/${user.id}`, { token: current.token, json: { password: 'a-new-password', current_password: user.password } });
      expect(changed.status).to.equal(200);
      expectError(await me(other.token), 401, 'token_invalid');
      expectError(await refresh(other.refresh_token), 401, 'refresh_token_invalid');
      const next = (await refresh(current.refresh_token)).body;
      expect((await me(next.token)).status).to.equal(200);
      expect((await call('DELETE', `/api/users/${user.id}`, { token: next.token })).status).to.equal(204);
      expectError(await refresh(next.refresh_token), 401, 'refresh_token_invalid');
      expect(await rowCount(server().db('refresh_tokens'))).to.equal(0);
    });
  });

  describe('lifetimes', () => {
    it('refuses an expired access token with invalid_token, and its refresh token still gets a new one', async () => {
      const config = loadConfig({ ...process.env, DATABASE_URL: 'sqlite::unused:', BCRYPT_ROUNDS: '4', ACCESS_TOKEN_TTL: '1', REFRESH_TOKEN_TTL: '60', ...RATE_LIMITS_RAISED });
      const app = await serveApp(config, server().database);
      try {
        const user = await registerUser();
        const first = (await login(user, { baseUrl: app.baseUrl })).body;
        expect(first.expires_in).to.be.within(0, 1);
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const expired = await me(first.token, app.baseUrl);
        expectError(expired, 401, 'token_expired');
        expect(expired.headers.get('www-authenticate')).to.include('error="invalid_token"');
        const next = await refresh(first.refresh_token, app.baseUrl);
        expect(next.status).to.equal(200);
        expect((await me(next.body.token, app.baseUrl)).status).to.equal(200);
      } finally {
        await app.close();
      }
    });
  });
});
