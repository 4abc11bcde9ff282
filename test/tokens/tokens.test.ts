import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { call, expectError } from '../support/client.js';
import { registerUser, tokenFor } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';
import { RATE_LIMITS_RAISED, serveApp } from '../support/server.js';
import { loadConfig } from '../../src/config.js';
import bcrypt from 'bcrypt';

describe('POST /api/tokens', () => {
  it('issues a token for the right username and password, valid for an hour', async () => {
    const user = await registerUser();
    const res = await call('POST', '/api/tokens', { basic: user });
    expect(res.status).to.equal(200);
    expect(res.body.token).to.match(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(res.body.expires_in).to.be.within(3590, 3600);
    expect(Date.parse(res.body.expires_at) - Date.now()).to.be.within(3_590_000, 3_600_000);
    const me = await call('GET', `/api/users/${user.id}`, { token: res.body.token });
    expect(me.status).to.equal(200);
  });

  it('accepts the username in any case', async () => {
    const user = await registerUser({ username: 'MixedCase' });
    const res = await call('POST', '/api/tokens', { basic: { username: 'mixedcase', password: user.password } });
    expect(res.status).to.equal(200);
  });

  it('stores only a hash of the token', async () => {
    const user = await registerUser();
    const token = await tokenFor(user);
    const rows = await server().db('tokens').select('token_hash');
    expect(rows).to.deep.equal([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  describe('after BCRYPT_ROUNDS is raised', () => {
    // (The app is given the suite's database itself; DATABASE_URL is only read.)
    const stronger = { ...RATE_LIMITS_RAISED, DATABASE_URL: process.env.TEST_DATABASE_URL || 'sqlite:suite.sqlite', BCRYPT_ROUNDS: '5', PORT: '0' };

    it("rehashes a user's password at the new cost at their next login, which still works after", async () => {
      const user = await registerUser();
      const hashOf = async () => (await server().db('users').where({ id: user.id }).first('password_hash')).password_hash as string;
      expect(bcrypt.getRounds(await hashOf())).to.equal(4);
      // The same database, served as after a restart with the higher cost.
      const raised = await serveApp(loadConfig(stronger), server().database);
      try {
        expect((await call('POST', '/api/tokens', { baseUrl: raised.baseUrl, basic: user })).status).to.equal(200);
        expect(bcrypt.getRounds(await hashOf())).to.equal(5);
        expect((await call('POST', '/api/tokens', { baseUrl: raised.baseUrl, basic: user })).status).to.equal(200);
        // A wrong password changes nothing.
        const before = await hashOf();
        expectError(await call('POST', '/api/tokens', { baseUrl: raised.baseUrl, basic: { ...user, password: 'wrong' } }), 401, 'credentials_invalid');
        expect(await hashOf()).to.equal(before);
      } finally {
        await raised.close();
      }
      // Lowering the cost again never weakens a hash.
      expect((await call('POST', '/api/tokens', { basic: user })).status).to.equal(200);
      expect(bcrypt.getRounds(await hashOf())).to.equal(5);
    });
  });

  it('gives each device its own token', async () => {
    const user = await registerUser();
    const phone = await tokenFor(user);
    const laptop = await tokenFor(user);
    expect(phone).to.not.equal(laptop);
    expect((await call('GET', `/api/users/${user.id}`, { token: phone })).status).to.equal(200);
    expect((await call('GET', `/api/users/${user.id}`, { token: laptop })).status).to.equal(200);
  });

  describe('with wrong credentials', () => {
    it('answers a wrong password and an unknown username alike', async () => {
      const user = await registerUser();
      const wrongPassword = await call('POST', '/api/tokens', { basic: { username: user.username, password: 'nope' } });
      const unknownUser = await call('POST', '/api/tokens', { basic: { username: 'nobody', password: 'nope' } });
      expectError(wrongPassword, 401, 'credentials_invalid');
      expectError(unknownUser, 401, 'credentials_invalid');
      expect(wrongPassword.body).to.deep.equal(unknownUser.body);
      expect(wrongPassword.headers.get('www-authenticate')).to.equal(unknownUser.headers.get('www-authenticate'));
      expect(await rowCount(server().db('tokens'))).to.equal(0);
    });

    it('answers 401 with a Basic challenge when no credentials are sent', async () => {
      const res = await call('POST', '/api/tokens');
      expectError(res, 401, 'authentication_required');
      expect(res.headers.get('www-authenticate')).to.equal('Basic realm="microblog", charset="UTF-8"');
    });

    it('answers 401 to a bearer token in place of a password', async () => {
      const user = await registerUser();
      const token = await tokenFor(user);
      const res = await call('POST', '/api/tokens', { token });
      expectError(res, 401, 'authentication_required');
    });

    for (const [what, header, code] of [
      ['garbage after Basic', 'Basic !!!', 'credentials_invalid'],
      ['no colon', `Basic ${Buffer.from('justuser').toString('base64')}`, 'credentials_invalid'],
      ['an empty username', `Basic ${Buffer.from(':pw').toString('base64')}`, 'credentials_invalid'],
      ['an unknown scheme', 'Digest username="x"', 'authentication_required'],
    ] as const) {
      it(`answers 401 to ${what}`, async () => {
        const res = await call('POST', '/api/tokens', { headers: { authorization: header } });
        expectError(res, 401, code);
      });
    }
  });
});

describe('DELETE /api/tokens', () => {
  it('revokes the token sent, at once, and only that one', async () => {
    const user = await registerUser();
    const phone = await tokenFor(user);
    const laptop = await tokenFor(user);
    const res = await call('DELETE', '/api/tokens', { token: phone });
    expect(res.status).to.equal(204);
    expect(res.text).to.equal('');
    expectError(await call('GET', `/api/users/${user.id}`, { token: phone }), 401, 'token_invalid');
    expect((await call('GET', `/api/users/${user.id}`, { token: laptop })).status).to.equal(200);
  });

  it('answers 401 to a token already revoked', async () => {
    const user = await registerUser();
    const token = await tokenFor(user);
    await call('DELETE', '/api/tokens', { token });
    const again = await call('DELETE', '/api/tokens', { token });
    expectError(again, 401, 'token_invalid');
  });

  it('answers 401 without a token', async () => {
    const res = await call('DELETE', '/api/tokens');
    expectError(res, 401, 'authentication_required');
  });
});
