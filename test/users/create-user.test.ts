import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { registerUser, signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';

const countUsers = () => rowCount(server().db('users'));

describe('POST /api/users', () => {
  describe('when registering with username, email, password and about_me', () => {
    it('returns 201, a Location header and the new user without its email', async () => {
      const res = await call('POST', '/api/users', {
        json: { username: 'alice', password: 'dog', email: 'alice@example.com', about_me: 'Hello, my name is Alice!' },
      });
      expect(res.status).to.equal(201);
      expect(res.headers.get('location')).to.equal(`/api/users/${res.body.id}`);
      expect(res.body).to.include({ username: 'alice', about_me: 'Hello, my name is Alice!', post_count: 0 });
      expect(res.body).to.include({ follower_count: 0, followed_count: 0 });
      expect(res.body).to.not.have.property('email');
      expect(res.body.last_seen).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(res.body._links).to.deep.equal({
        self: `/api/users/${res.body.id}`,
        followers: `/api/users/${res.body.id}/followers`,
        followed: `/api/users/${res.body.id}/followed`,
        posts: `/api/users/${res.body.id}/posts`,
        // MD5 of "alice@example.com"
        avatar: 'https://www.gravatar.com/avatar/c160f8cc69a4f0bf2b0362752353d060?d=identicon&s=128',
      });
    });

    it('stores a bcrypt hash, never the password, and never returns either', async () => {
      const res = await call('POST', '/api/users', { json: { username: 'bob', password: 'secret-pw', email: 'b@example.com' } });
      const row = await server().db('users').where({ id: res.body.id }).first();
      expect(row.password_hash).to.match(/^\$2[aby]\$\d\d\$/);
      expect(row.password_hash).to.not.include('secret-pw');
      expect(res.text).to.not.include('secret-pw').and.not.include(row.password_hash);
    });

    it('makes the new user readable at its Location', async () => {
      const requester = await signedIn();
      const created = await call('POST', '/api/users', { json: { username: 'carol', password: 'pw', email: 'c@example.com' } });
      const read = await call('GET', created.headers.get('location')!, { token: requester.token });
      expect(read.status).to.equal(200);
      expect(read.body.username).to.equal('carol');
      expect(read.body.about_me).to.equal(null);
    });
  });

  describe('when a field is missing', () => {
    for (const missing of ['username', 'email', 'password']) {
      it(`without ${missing}: 400 with the seed's message, and nothing stored`, async () => {
        const user: Record<string, string> = { username: 'dave', email: 'dave@example.com', password: 'pw' };
        delete user[missing];
        const res = await call('POST', '/api/users', { json: user });
        expectError(res, 400, 'validation_failed');
        expect(res.body.message).to.equal('must include username, email and password fields');
        expect(res.body.details).to.deep.include({ in: 'body', field: missing, message: 'is required' });
        expect(await countUsers()).to.equal(0);
      });
    }

    it('without any body: 400', async () => {
      const res = await call('POST', '/api/users');
      expectError(res, 400, 'validation_failed');
      expect(res.body.message).to.equal('must include username, email and password fields');
    });
  });

  describe('when the username or email is taken', () => {
    it('refuses the same username in another case with the seed message', async () => {
      await registerUser({ username: 'Erin' });
      const res = await call('POST', '/api/users', { json: { username: 'eRIN', email: 'new@example.com', password: 'pw' } });
      expectError(res, 400, 'username_taken');
      expect(res.body.message).to.equal('please use a different username');
      expect(await countUsers()).to.equal(1);
    });

    it('refuses the same email in another case with the seed message', async () => {
      await registerUser({ email: 'frank@example.com' });
      const res = await call('POST', '/api/users', { json: { username: 'frank2', email: 'FRANK@Example.com', password: 'pw' } });
      expectError(res, 400, 'email_taken');
      expect(res.body.message).to.equal('please use a different email address');
      expect(await countUsers()).to.equal(1);
    });

    it('gives exactly one 201 when the same username is registered concurrently', async () => {
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call('POST', '/api/users', { json: { username: 'racer', email: `racer${i}@example.com`, password: 'pw' } }),
        ),
      );
      expect(outcomes(attempts).sort()).to.deep.equal([201, ...Array(7).fill('400 username_taken')]);
      expect(await countUsers()).to.equal(1);
    });
  });

  describe('when the input is invalid', () => {
    const valid = { username: 'gina', email: 'gina@example.com', password: 'pw' };
    const cases: [string, unknown, string][] = [
      ['an invalid email', { ...valid, email: 'not-an-email' }, 'email'],
      ['a username with spaces', { ...valid, username: 'gi na' }, 'username'],
      ['an empty username', { ...valid, username: '' }, 'username'],
      ['a 65-character username', { ...valid, username: 'g'.repeat(65) }, 'username'],
      ['an about_me over 140 characters', { ...valid, about_me: 'x'.repeat(141) }, 'about_me'],
      ['a number for a username', { ...valid, username: 42 }, 'username'],
      ['null for a password', { ...valid, password: null }, 'password'],
      ['an unknown field', { ...valid, is_admin: true }, 'is_admin'],
      ['an SQL-looking username', { ...valid, username: "x'; DROP TABLE users; --" }, 'username'],
      ['an over-long password', { ...valid, password: 'p'.repeat(73) }, 'password'],
      ['a password over 72 bytes in UTF-8', { ...valid, password: 'é'.repeat(37) }, 'password'],
    ];
    for (const [what, body, field] of cases) {
      it(`with ${what}: 400 naming "${field}", nothing stored`, async () => {
        const res = await call('POST', '/api/users', { json: body });
        expectError(res, 400, 'validation_failed');
        expect(res.body.error).to.equal('Bad Request');
        expect(res.body.details.map((d: { field?: string }) => d.field)).to.include(field);
        expect(res.body.message).to.include(field);
        expect(await countUsers()).to.equal(0);
      });
    }

    it('with a JSON array instead of an object: 400', async () => {
      const res = await call('POST', '/api/users', { json: [valid] });
      expectError(res, 400, 'validation_failed');
      expect(res.body.message).to.equal('the request body must be a JSON object');
    });

    it('with malformed JSON: 400, nothing stored', async () => {
      const res = await call('POST', '/api/users', { body: '{"username": "x",', headers: { 'content-type': 'application/json' } });
      expectError(res, 400, 'malformed_request');
      expect(res.body.message).to.equal('the request body is not valid JSON');
      expect(await countUsers()).to.equal(0);
    });

    it('with a form instead of JSON: 415, nothing stored', async () => {
      const res = await call('POST', '/api/users', {
        body: 'username=x&email=x@example.com&password=pw',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectError(res, 415, 'unsupported_media_type');
      expect(res.body.message).to.equal(
        'the request body must be application/json (optionally with charset=utf-8), not application/x-www-form-urlencoded',
      );
      expect(await countUsers()).to.equal(0);
    });

    it('with a body over the size limit: 413, nothing stored', async () => {
      const res = await call('POST', '/api/users', { json: { ...valid, about_me: 'x'.repeat(70_000) } });
      expectError(res, 413, 'body_too_large');
      expect(res.body.message).to.match(/larger than \d+ bytes/);
      expect(await countUsers()).to.equal(0);
    });
  });
});
