import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn, tokenFor } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

describe('PUT /api/users/{id}', () => {
  it("changes only the fields sent, as the seed's about_me example does", async () => {
    const me = await signedIn({ username: 'miguel' });
    const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { about_me: 'Hi, I am Miguel' } });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ username: 'miguel', about_me: 'Hi, I am Miguel', email: me.email });
    const reread = await call('GET', `/api/users/${me.id}`, { token: me.token });
    expect(reread.body.about_me).to.equal('Hi, I am Miguel');
  });

  it('changes username and email, and clears about_me with null', async () => {
    const me = await signedIn();
    await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { about_me: 'something' } });
    const res = await call('PUT', `/api/users/${me.id}`, {
      token: me.token,
      json: { username: 'renamed', email: 'renamed@example.com', about_me: null },
    });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ username: 'renamed', email: 'renamed@example.com', about_me: null });
  });

  it('lets you change the case of your own username', async () => {
    const me = await signedIn({ username: 'casey' });
    const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { username: 'Casey' } });
    expect(res.status).to.equal(200);
    expect(res.body.username).to.equal('Casey');
  });

  describe('when the username or email belongs to someone else', () => {
    it('refuses a taken username, in any case, and changes nothing', async () => {
      await registerUser({ username: 'taken' });
      const me = await signedIn();
      const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { username: 'TAKEN', about_me: 'x' } });
      expectError(res, 400, 'username_taken');
      expect(res.body.message).to.equal('please use a different username');
      const row = await server().db('users').where({ id: me.id }).first();
      expect(row).to.include({ username: me.username, about_me: null });
    });

    it('refuses a taken email', async () => {
      await registerUser({ email: 'taken@example.com' });
      const me = await signedIn();
      const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { email: 'Taken@example.com' } });
      expectError(res, 400, 'email_taken');
      expect(res.body.message).to.equal('please use a different email address');
    });
  });

  describe('changing the password', () => {
    it('needs the current password, then revokes every other token but keeps this one', async () => {
      const me = await signedIn({ password: 'old-password' });
      const laptop = await tokenFor(me);
      const res = await call('PUT', `/api/users/${me.id}`, {
        token: me.token,
        json: { password: 'new-password', current_password: 'old-password' },
      });
      expect(res.status).to.equal(200);
      expectError(await call('GET', `/api/users/${me.id}`, { token: laptop }), 401, 'token_invalid');
      expect((await call('GET', `/api/users/${me.id}`, { token: me.token })).status).to.equal(200);
      const withOld = await call('POST', '/api/tokens', { basic: { username: me.username, password: 'old-password' } });
      expectError(withOld, 401, 'credentials_invalid');
      const withNew = await call('POST', '/api/tokens', { basic: { username: me.username, password: 'new-password' } });
      expect(withNew.status).to.equal(200);
    });

    it('refuses without current_password, changing nothing', async () => {
      const me = await signedIn({ password: 'old-password' });
      const before = await server().db('users').where({ id: me.id }).first();
      const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { password: 'new-password', about_me: 'x' } });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.deep.equal([{ in: 'body', field: 'current_password', message: 'is required with password' }]);
      expect(await server().db('users').where({ id: me.id }).first()).to.deep.equal(before);
    });

    it('refuses a wrong current_password, keeping other tokens alive', async () => {
      const me = await signedIn({ password: 'old-password' });
      const laptop = await tokenFor(me);
      const res = await call('PUT', `/api/users/${me.id}`, {
        token: me.token,
        json: { password: 'new-password', current_password: 'wrong' },
      });
      expectError(res, 400, 'password_incorrect');
      expect(res.body.message).to.equal('current_password is incorrect');
      expect((await call('GET', `/api/users/${me.id}`, { token: laptop })).status).to.equal(200);
    });

    it('refuses current_password without password', async () => {
      const me = await signedIn();
      const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { current_password: me.password } });
      expectError(res, 400, 'validation_failed');
    });
  });

  describe('when the request is wrong', () => {
    it("answers 403 for someone else's user, changing nothing", async () => {
      const me = await signedIn();
      const other = await registerUser();
      const res = await call('PUT', `/api/users/${other.id}`, { token: me.token, json: { about_me: 'hacked' } });
      expectError(res, 403, 'not_owner');
      expect(res.body).to.deep.equal({ error: 'Forbidden', code: 'not_owner', message: 'you can only change your own user' });
      const row = await server().db('users').where({ id: other.id }).first();
      expect(row.about_me).to.equal(null);
    });

    it('answers 404 for a user that does not exist', async () => {
      const me = await signedIn();
      const res = await call('PUT', '/api/users/31337', { token: me.token, json: { about_me: 'x' } });
      expectError(res, 404, 'user_not_found');
    });

    it('answers 401 without a token, before reading the body', async () => {
      const me = await registerUser();
      const res = await call('PUT', `/api/users/${me.id}`, { body: '{not json', headers: { 'content-type': 'application/json' } });
      expectError(res, 401, 'authentication_required');
    });

    const bad: [string, unknown][] = [
      ['an empty object', {}],
      ['an unknown field', { admin: true }],
      ['an id', { id: 7 }],
      ['a number for about_me', { about_me: 5 }],
      ['an invalid email', { email: 'nope' }],
      ['null for username', { username: null }],
    ];
    for (const [what, json] of bad) {
      it(`answers 400 to ${what}, changing nothing`, async () => {
        const me = await signedIn();
        const before = await server().db('users').where({ id: me.id }).first();
        const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, json });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details.length).to.be.greaterThan(0);
        expect(await server().db('users').where({ id: me.id }).first()).to.deep.equal(before);
      });
    }

    it('answers 415 to a body that is not JSON', async () => {
      const me = await signedIn();
      const res = await call('PUT', `/api/users/${me.id}`, { token: me.token, body: 'about_me=x', headers: { 'content-type': 'text/plain' } });
      expectError(res, 415, 'unsupported_media_type');
    });
  });
});
