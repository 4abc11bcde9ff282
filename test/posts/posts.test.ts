import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { signedIn, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';

const countPosts = () => rowCount(server().db('posts'));

describe('POST /api/posts', () => {
  it('writes a post, trimmed, with a Location, and counts it for its author', async () => {
    const me = await signedIn({ email: 'me@example.com' });
    const res = await call('POST', '/api/posts', { token: me.token, json: { body: '  Hello, world!\n' } });
    expect(res.status).to.equal(201);
    expect(res.headers.get('location')).to.equal(`/api/posts/${res.body.id}`);
    expect(res.body.body).to.equal('Hello, world!');
    expect(Date.now() - Date.parse(res.body.timestamp)).to.be.within(0, 60_000);
    expect(res.body.timestamp).to.match(/Z$/);
    expect(res.body.author).to.deep.equal({
      id: me.id,
      username: me.username,
      _links: { self: `/api/users/${me.id}`, avatar: 'https://www.gravatar.com/avatar/2e0d5407ce8609047b8255c50405d7b1?d=identicon&s=128' },
    });
    const self = `/api/posts/${res.body.id}`;
    expect(res.body._links).to.deep.equal({ self, author: `/api/users/${me.id}`, replies: `${self}/replies`, likers: `${self}/likers` });
    expect(res.body).to.include({ in_reply_to: null, reply_count: 0, like_count: 0 });
    const user = await call('GET', `/api/users/${me.id}`, { token: me.token });
    expect(user.body.post_count).to.equal(1);
  });

  it('accepts exactly 280 characters, counting an emoji as one', async () => {
    const me = await signedIn();
    const body = '😀'.repeat(280);
    const res = await call('POST', '/api/posts', { token: me.token, json: { body } });
    expect(res.status).to.equal(201);
    expect(res.body.body).to.equal(body);
  });

  describe('with a bad body', () => {
    const cases: [string, unknown][] = [
      ['an empty body', { body: '' }],
      ['a body of white space only', { body: ' \n\t ' }],
      ['281 characters', { body: 'x'.repeat(281) }],
      ['281 characters after trimming', { body: `  ${'x'.repeat(281)}  ` }],
      ['no body field', {}],
      ['a number', { body: 42 }],
      ['null', { body: null }],
      ['an unknown field', { body: 'hi', user_id: 1 }],
    ];
    for (const [what, json] of cases) {
      it(`answers 400 to ${what}, storing nothing`, async () => {
        const me = await signedIn();
        const res = await call('POST', '/api/posts', { token: me.token, json });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details.length).to.be.greaterThan(0);
        expect(await countPosts()).to.equal(0);
        expect((await call('GET', '/api/me', { token: me.token })).body.post_count).to.equal(0);
      });
    }

    it('answers 401 without a token, storing nothing', async () => {
      const res = await call('POST', '/api/posts', { json: { body: 'hi' } });
      expectError(res, 401, 'authentication_required');
      expect(await countPosts()).to.equal(0);
    });

    it('answers 415 to a form', async () => {
      const me = await signedIn();
      const res = await call('POST', '/api/posts', { token: me.token, body: 'body=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expectError(res, 415, 'unsupported_media_type');
    });
  });
});

describe('GET /api/posts/{id}', () => {
  it('shows any post to any signed-in user', async () => {
    const author = await signedIn();
    const reader = await signedIn();
    const id = await writePost(author, 'for everyone');
    const res = await call('GET', `/api/posts/${id}`, { token: reader.token });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ id, body: 'for everyone' });
  });

  it('answers 404 for a post that does not exist, 400 for a bad id', async () => {
    const me = await signedIn();
    expectError(await call('GET', '/api/posts/987654', { token: me.token }), 404, 'post_not_found');
    expectError(await call('GET', '/api/posts/first', { token: me.token }), 400, 'validation_failed');
  });
});

describe('PUT /api/posts/{id}', () => {
  it('lets the author edit the body', async () => {
    const me = await signedIn();
    const id = await writePost(me, 'draft');
    const res = await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: ' final ' } });
    expect(res.status).to.equal(200);
    expect(res.body.body).to.equal('final');
    expect((await call('GET', `/api/posts/${id}`, { token: me.token })).body.body).to.equal('final');
  });

  it("answers 403 to someone else's post and leaves it as it was", async () => {
    const author = await signedIn();
    const other = await signedIn();
    const id = await writePost(author, 'mine');
    const res = await call('PUT', `/api/posts/${id}`, { token: other.token, json: { body: 'yours now' } });
    expectError(res, 403, 'not_owner');
    expect(res.body.message).to.equal('you can only edit your own posts');
    expect((await call('GET', `/api/posts/${id}`, { token: author.token })).body.body).to.equal('mine');
  });

  it('answers 400 to an empty body and 404 to a missing post', async () => {
    const me = await signedIn();
    const id = await writePost(me, 'keep');
    expectError(await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: '   ' } }), 400, 'validation_failed');
    expectError(await call('PUT', '/api/posts/55555', { token: me.token, json: { body: 'x' } }), 404, 'post_not_found');
    expect((await call('GET', `/api/posts/${id}`, { token: me.token })).body.body).to.equal('keep');
  });
});

describe('DELETE /api/posts/{id}', () => {
  it('lets the author delete the post and uncounts it', async () => {
    const me = await signedIn();
    const id = await writePost(me, 'oops');
    const res = await call('DELETE', `/api/posts/${id}`, { token: me.token });
    expect(res.status).to.equal(204);
    expectError(await call('GET', `/api/posts/${id}`, { token: me.token }), 404, 'post_not_found');
    expect((await call('GET', '/api/me', { token: me.token })).body.post_count).to.equal(0);
    expectError(await call('DELETE', `/api/posts/${id}`, { token: me.token }), 404, 'post_not_found');
  });

  it("answers 403 to someone else's post and keeps it", async () => {
    const author = await signedIn();
    const other = await signedIn();
    const id = await writePost(author, 'stays');
    expectError(await call('DELETE', `/api/posts/${id}`, { token: other.token }), 403, 'not_owner');
    expect((await call('GET', `/api/posts/${id}`, { token: other.token })).status).to.equal(200);
  });

  it('counts a post once when two deletes race', async () => {
    const me = await signedIn();
    await writePost(me, 'keep');
    const id = await writePost(me, 'race');
    const results = await Promise.all([1, 2, 3].map(() => call('DELETE', `/api/posts/${id}`, { token: me.token })));
    expect(results.filter((r) => r.status === 204).length).to.be.at.least(1);
    for (const outcome of outcomes(results)) expect([204, '404 post_not_found']).to.include(outcome);
    expect((await call('GET', '/api/me', { token: me.token })).body.post_count).to.equal(1);
    expect((await call('GET', '/api/posts', { token: me.token })).body._meta.total_items).to.equal(1);
  });
});
