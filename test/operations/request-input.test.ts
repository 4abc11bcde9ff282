import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';

/** A JSON body with bytes that are not UTF-8 in the place of `{hole}`. */
const jsonWithBytes = (template: string, bytes: number[]) => {
  const [before, after] = template.split('{hole}') as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
};

const posts = () => rowCount(server().db('posts'));

describe('what a request may send', () => {
  describe('text: valid Unicode, stored exactly as acknowledged', () => {
    it('refuses a post of 280 lone surrogates with 400 naming the body field, and stores nothing', async () => {
      const me = await signedIn();
      const res = await call('POST', '/api/posts', { token: me.token, body: `{"body": "${'\\udc00'.repeat(280)}"}`, headers: { 'content-type': 'application/json' } });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.deep.equal([
        { in: 'body', field: 'body', message: 'must be valid Unicode text: UTF-8, with no lone surrogate and no U+0000' },
      ]);
      expect(await posts()).to.equal(0);
    });

    it('refuses about_me of 140 lone high surrogates, and leaves the user as it was', async () => {
      const me = await signedIn();
      await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { about_me: 'as before' } });
      const res = await call('PUT', `/api/users/${me.id}`, {
        token: me.token,
        body: `{"about_me": "${'\\ud800'.repeat(140)}"}`,
        headers: { 'content-type': 'application/json' },
      });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).to.deep.equal(['about_me']);
      expect((await call('GET', '/api/me', { token: me.token })).body.about_me).to.equal('as before');
    });

    for (const [name, bytes] of [
      ['a stray continuation byte', [0x80]],
      ['0xff', [0xff]],
      ['an overlong encoding', [0xc0, 0xaf]],
      ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
      ['a sequence cut short', [0xe2, 0x82]],
    ] as [string, number[]][]) {
      it(`refuses ${name} inside a post's body with 400 naming the field, where it used to become U+FFFD`, async () => {
        const me = await signedIn();
        const body = jsonWithBytes('{"body": "caf{hole}!"}', bytes);
        const res = await call('POST', '/api/posts', { token: me.token, body, headers: { 'content-type': 'application/json' } });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details).to.deep.include({ in: 'body', field: 'body', message: 'must be valid Unicode text: UTF-8, with no lone surrogate and no U+0000' });
        expect(await posts()).to.equal(0);
      });
    }

    it('refuses bytes that are not UTF-8 outside any string as a body that is not UTF-8', async () => {
      const me = await signedIn();
      const res = await call('POST', '/api/posts', { token: me.token, body: jsonWithBytes('{"body": "a\\{hole}"}', [0xff]), headers: { 'content-type': 'application/json' } });
      expectError(res, 400, 'malformed_request');
      expect(res.body.details).to.have.length(1);
      expect(res.body.details[0].in).to.equal('body');
      expect(await posts()).to.equal(0);
    });

    it('refuses U+0000, which PostgreSQL cannot store, in a post and in a registration, on either database', async () => {
      const me = await signedIn();
      const post = await call('POST', '/api/posts', { token: me.token, json: { body: 'before\u0000after' } });
      expectError(post, 400, 'validation_failed');
      expect(post.body.details[0]).to.include({ in: 'body', field: 'body' });
      const user = await call('POST', '/api/users', { json: { username: 'nul', email: 'nul@example.com', password: 'pass\u0000word' } });
      expectError(user, 400, 'validation_failed');
      expect(user.body.details[0]).to.include({ in: 'body', field: 'password' });
      expect(await posts()).to.equal(0);
      expect(await rowCount(server().db('users'))).to.equal(1);
    });

    it('stores astral characters, combining marks, U+FFFD and right-to-left text exactly as sent', async () => {
      const me = await signedIn();
      const text = '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301 \ufffd \u202e\u0635 日本';
      const created = await call('POST', '/api/posts', { token: me.token, json: { body: text } });
      expect(created.status).to.equal(201);
      expect(created.body.body).to.equal(text);
      const read = await call('GET', `/api/posts/${created.body.id}`, { token: me.token });
      expect(read.body.body).to.equal(text);
      const updated = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { about_me: text } });
      expect(updated.body.about_me).to.equal(text);
      expect((await call('GET', '/api/me', { token: me.token })).body.about_me).to.equal(text);
    });

    it('refuses Basic credentials that are not text as wrong ones (401), and a password cut at U+0000 does not log in', async () => {
      const user = await registerUser({ username: 'nulled', password: 'p' });
      const basic = (raw: Buffer) => ({ authorization: `Basic ${raw.toString('base64')}` });
      for (const raw of [Buffer.from('nulled\u0000:p'), Buffer.from('nulled:p\u0000x'), Buffer.concat([Buffer.from('nulled:p'), Buffer.from([0xff])])]) {
        const res = await call('POST', '/api/tokens', { headers: basic(raw) });
        expectError(res, 401, 'credentials_invalid');
        expect(res.body.message).to.equal('invalid username or password');
      }
      expect((await call('POST', '/api/tokens', { basic: user })).status).to.equal(200);
    });
  });

  describe('integers in paths and query strings: plain decimal digits, one URL per resource', () => {
    const forms: [string, (id: number) => string][] = [
      ['hexadecimal', (id) => `0x${id.toString(16)}`],
      ['an exponent', (id) => `${id}e0`],
      ['a fraction', (id) => `${id}.0`],
      ['a plus sign', (id) => `+${id}`],
      ['an encoded plus sign', (id) => `%2B${id}`],
      ['a leading zero', (id) => `0${id}`],
      ['a leading space', (id) => `%20${id}`],
      ['a trailing space', (id) => `${id}%20`],
      ['binary', (id) => `0b${id.toString(2)}`],
    ];
    for (const [name, form] of forms) {
      it(`answers 400 naming the path parameter to a user's id in ${name}, which Number() reads as the id`, async () => {
        const me = await signedIn();
        const res = await call('GET', `/api/users/${form(me.id)}`, { token: me.token });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details).to.deep.equal([{ in: 'path', field: 'id', message: 'must be an integer in plain decimal digits' }]);
      });
    }

    for (const query of ['page=0x2', 'per_page=1e2', 'before=+5', 'after=07', 'per_page=5.0']) {
      it(`answers 400 naming the query parameter to ?${query}`, async () => {
        const me = await signedIn();
        const res = await call('GET', `/api/users?${query}`, { token: me.token });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details).to.deep.equal([{ in: 'query', field: query.split('=')[0], message: 'must be an integer in plain decimal digits' }]);
      });
    }

    it('follows nobody through /api/users/{id}e0/followed/0x{target_id}, naming both parameters', async () => {
      const me = await signedIn();
      const other = await registerUser();
      const res = await call('PUT', `/api/users/${me.id}e0/followed/0x${other.id.toString(16)}`, { token: me.token });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).to.deep.equal(['id', 'target_id']);
      expect(await rowCount(server().db('followers'))).to.equal(0);
    });

    it('still answers the one decimal URL, and a negative number with its own error', async () => {
      const me = await signedIn();
      expect((await call('GET', `/api/users/${me.id}`, { token: me.token })).status).to.equal(200);
      const negative = await call('GET', '/api/users/-1', { token: me.token });
      expectError(negative, 400, 'validation_failed');
      expect(negative.body.details).to.deep.equal([{ in: 'path', field: 'id', message: 'must be >= 1' }]);
    });
  });

  describe('media types: application/json, with charset=utf-8 or nothing', () => {
    for (const type of ['application/merge-patch+json', 'application/json;;;', 'application/json; charset=latin1', 'application/json; profile=x', 'text/json', 'application/json-patch+json']) {
      it(`answers 415 saying what is accepted to ${type}, and stores nothing`, async () => {
        const me = await signedIn();
        const res = await call('POST', '/api/posts', { token: me.token, body: '{"body": "hello"}', headers: { 'content-type': type } });
        expectError(res, 415, 'unsupported_media_type');
        expect(res.body.message).to.equal(`the request body must be application/json (optionally with charset=utf-8), not ${type}`);
        expect(await posts()).to.equal(0);
      });
    }

    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
      it(`accepts ${type}`, async () => {
        const me = await signedIn();
        const res = await call('POST', '/api/posts', { token: me.token, body: '{"body": "hello"}', headers: { 'content-type': type } });
        expect(res.status).to.equal(201);
        expect(res.body.body).to.equal('hello');
      });
    }
  });

  describe('errors about headers say they are headers', () => {
    it('names Idempotency-Key as a header', async () => {
      const me = await signedIn();
      const res = await call('POST', '/api/posts', { token: me.token, json: { body: 'hi' }, headers: { 'idempotency-key': 'bad key!' } });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.have.length(1);
      expect(res.body.details[0]).to.include({ in: 'header', field: 'idempotency-key' });
      expect(res.body.message).to.match(/^header parameter "idempotency-key" /);
      expect(await posts()).to.equal(0);
    });

    for (const [name, method] of [
      ['if-match', 'PUT'],
      ['if-none-match', 'GET'],
    ] as const) {
      it(`names an over-long ${name} as a header`, async () => {
        const me = await signedIn();
        const options = { token: me.token, headers: { [name]: `"${'x'.repeat(3000)}"` }, ...(method === 'PUT' ? { json: { about_me: 'x' } } : {}) };
        const res = await call(method, `/api/users/${me.id}`, options);
        expectError(res, 400, 'validation_failed');
        expect(res.body.details).to.deep.equal([{ in: 'header', field: name, message: 'must NOT have more than 2048 characters' }]);
      });
    }
  });
});
