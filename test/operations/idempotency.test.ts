import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

const postsOf = async (token: string, id: number) => (await call('GET', `/api/users/${id}/posts`, { token })).body._meta.total_items as number;

describe('safe retries with Idempotency-Key', () => {
  describe('POST /api/posts', () => {
    it('creates once: a retry with the same key and body gets the same post, marked as replayed', async () => {
      const me = await signedIn();
      const key = randomUUID();
      const first = await call('POST', '/api/posts', { token: me.token, json: { body: 'hello' }, headers: { 'idempotency-key': key } });
      const retry = await call('POST', '/api/posts', { token: me.token, json: { body: 'hello' }, headers: { 'idempotency-key': key } });
      expect([first.status, retry.status]).to.deep.equal([201, 201]);
      expect(retry.headers.get('location')).to.equal(first.headers.get('location'));
      expect(retry.body).to.deep.equal(first.body);
      expect(first.headers.get('idempotent-replayed')).to.equal(null);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      expect(await postsOf(me.token, me.id)).to.equal(1);
    });

    it('refuses the same key with a different body, creating nothing', async () => {
      const me = await signedIn();
      const key = randomUUID();
      await call('POST', '/api/posts', { token: me.token, json: { body: 'one' }, headers: { 'idempotency-key': key } });
      const other = await call('POST', '/api/posts', { token: me.token, json: { body: 'two' }, headers: { 'idempotency-key': key } });
      expectError(other, 422, 'idempotency_key_reused');
      expect(other.body.message).to.match(/used for a different request/);
      expect(await postsOf(me.token, me.id)).to.equal(1);
    });

    it("keeps each user's keys apart, and creates every time without a key", async () => {
      const alice = await signedIn();
      const bob = await signedIn();
      const key = randomUUID();
      const hers = await call('POST', '/api/posts', { token: alice.token, json: { body: 'same' }, headers: { 'idempotency-key': key } });
      const his = await call('POST', '/api/posts', { token: bob.token, json: { body: 'same' }, headers: { 'idempotency-key': key } });
      expect(his.status).to.equal(201);
      expect(his.body.id).to.not.equal(hers.body.id);
      for (let i = 0; i < 2; i++) await call('POST', '/api/posts', { token: bob.token, json: { body: 'no key' } });
      expect(await postsOf(bob.token, bob.id)).to.equal(3);
    });

    it('creates one post for ten copies sent at once, and answers each with it', async () => {
      const me = await signedIn();
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => call('POST', '/api/posts', { token: me.token, json: { body: 'flaky network' }, headers: { 'idempotency-key': key } })),
      );
      expect(answers.map((res) => res.status)).to.deep.equal(Array(10).fill(201));
      expect(new Set(answers.map((res) => res.body.id)).size).to.equal(1);
      expect(await postsOf(me.token, me.id)).to.equal(1);
    });

    it('answers 422 to a retry of a post deleted since, and creates nothing', async () => {
      const me = await signedIn();
      const key = randomUUID();
      const first = await call('POST', '/api/posts', { token: me.token, json: { body: 'short-lived' }, headers: { 'idempotency-key': key } });
      expect((await call('DELETE', `/api/posts/${first.body.id}`, { token: me.token })).status).to.equal(204);
      const retry = await call('POST', '/api/posts', { token: me.token, json: { body: 'short-lived' }, headers: { 'idempotency-key': key } });
      expectError(retry, 422, 'idempotency_target_deleted');
      expect(retry.body.message).to.equal('what this Idempotency-Key created has been deleted since; use a new key for a new request');
      expect(retry.headers.get('idempotent-replayed')).to.equal(null);
      expect(await postsOf(me.token, me.id)).to.equal(0);
    });

    it('answers a new post from what was written, exactly as reading it back does', async () => {
      const me = await signedIn();
      const created = await call('POST', '/api/posts', { token: me.token, json: { body: '  trimmed  ' } });
      const read = await call('GET', `/api/posts/${created.body.id}`, { token: me.token });
      expect(created.body).to.deep.equal(read.body);
    });

    it('forgets a key after 24 hours', async () => {
      const me = await signedIn();
      const key = randomUUID();
      const first = await call('POST', '/api/posts', { token: me.token, json: { body: 'again' }, headers: { 'idempotency-key': key } });
      await server().db('idempotency_keys').where({ key }).update({ created_at: new Date(Date.now() - 25 * 3600 * 1000) });
      const later = await call('POST', '/api/posts', { token: me.token, json: { body: 'again' }, headers: { 'idempotency-key': key } });
      expect(later.status).to.equal(201);
      expect(later.body.id).to.not.equal(first.body.id);
      expect(later.headers.get('idempotent-replayed')).to.equal(null);
    });

    it('refuses a key with characters outside the contract with 400', async () => {
      const me = await signedIn();
      const res = await call('POST', '/api/posts', { token: me.token, json: { body: 'x' }, headers: { 'idempotency-key': 'two words' } });
      expectError(res, 400, 'validation_failed');
      expect(await postsOf(me.token, me.id)).to.equal(0);
    });
  });

  describe('POST /api/users', () => {
    const registration = (username: string, password = `${username}-pw`) => ({ username, email: `${username}@example.com`, password });

    it('registers once: a retry gets the same user, and only with the same password', async () => {
      const key = randomUUID();
      const first = await call('POST', '/api/users', { json: registration('retry'), headers: { 'idempotency-key': key } });
      const retry = await call('POST', '/api/users', { json: registration('retry'), headers: { 'idempotency-key': key } });
      expect([first.status, retry.status]).to.deep.equal([201, 201]);
      expect(retry.body.id).to.equal(first.body.id);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      // Someone who has the key but not the password learns nothing.
      const guess = await call('POST', '/api/users', { json: registration('retry', 'guess'), headers: { 'idempotency-key': key } });
      expectError(guess, 422, 'idempotency_key_reused');
      expect(guess.body).to.not.have.property('email');
      const other = await call('POST', '/api/users', { json: registration('someone-else'), headers: { 'idempotency-key': key } });
      expectError(other, 422, 'idempotency_key_reused');
    });

    it('registers one user for five copies sent at once', async () => {
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 5 }, () => call('POST', '/api/users', { json: registration('burst'), headers: { 'idempotency-key': key } })));
      expect(answers.map((res) => res.status)).to.deep.equal(Array(5).fill(201));
      expect(new Set(answers.map((res) => res.body.id)).size).to.equal(1);
      expect((await server().db('users').where({ username: 'burst' })).length).to.equal(1);
    });

    it('stores no password, nor a hash of one, with the key', async () => {
      const key = randomUUID();
      await call('POST', '/api/users', { json: registration('secretive', 'correct horse'), headers: { 'idempotency-key': key } });
      const [row] = await server().db('idempotency_keys').where({ key });
      expect(JSON.stringify(row)).to.not.include('correct horse');
      const { createHash } = await import('node:crypto');
      const withPassword = createHash('sha256').update(JSON.stringify(registration('secretive', 'correct horse'))).digest('hex');
      expect(row.request_hash).to.not.equal(withPassword);
    });
  });
});
