import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { makeFollow, signedIn, writePost } from '../support/fixtures.js';

// 27 characters of SHA-1; a compressed answer adds its coding (compression.test.ts).
const STRONG_TAG = /^"[A-Za-z0-9_-]{27}(-br|-gzip)?"$/;

describe('conditional requests (ETag, If-None-Match, If-Match)', () => {
  describe('revalidating a copy with If-None-Match', () => {
    it('gives a representation a strong ETag, and answers 304 with no body while it is current', async () => {
      const me = await signedIn();
      const first = await call('GET', `/api/users/${me.id}`, { token: me.token });
      const tag = first.headers.get('etag')!;
      expect(tag).to.match(STRONG_TAG);
      const again = await call('GET', `/api/users/${me.id}`, { token: me.token, headers: { 'if-none-match': tag } });
      expect(again.status).to.equal(304);
      expect(again.text).to.equal('');
      expect(again.headers.get('etag')).to.equal(tag);
      expect(again.headers.get('cache-control')).to.equal('private, no-cache');
    });

    it('changes the ETag when a count in the representation changes', async () => {
      const alice = await signedIn();
      const bob = await signedIn();
      const before = await call('GET', `/api/users/${alice.id}`, { token: alice.token });
      await makeFollow(bob, alice);
      const after = await call('GET', `/api/users/${alice.id}`, { token: alice.token, headers: { 'if-none-match': before.headers.get('etag')! } });
      expect(after.status).to.equal(200);
      expect(after.body.follower_count).to.equal(1);
      expect(after.headers.get('etag')).to.not.equal(before.headers.get('etag'));
    });

    it('tags collections too: a new post changes the page, and a list of tags or * matches the current one', async () => {
      const me = await signedIn();
      await writePost(me, 'first');
      const page = await call('GET', '/api/posts', { token: me.token });
      const tag = page.headers.get('etag')!;
      const listed = await call('GET', '/api/posts', { token: me.token, headers: { 'if-none-match': `"old-one", ${tag}` } });
      expect(listed.status).to.equal(304);
      expect((await call('GET', '/api/posts', { token: me.token, headers: { 'if-none-match': '*' } })).status).to.equal(304);
      await writePost(me, 'second');
      const changed = await call('GET', '/api/posts', { token: me.token, headers: { 'if-none-match': tag } });
      expect(changed.status).to.equal(200);
      expect(changed.body.items).to.have.length(2);
    });

    it('tags the contract and the documentation files', async () => {
      for (const path of ['/api/openapi.json', '/api/openapi.yaml', '/api/docs/swagger-ui-bundle.js']) {
        const res = await call('GET', path);
        const tag = res.headers.get('etag')!;
        expect(tag, path).to.match(STRONG_TAG);
        expect((await call('GET', path, { headers: { 'if-none-match': tag } })).status, path).to.equal(304);
      }
    });

    it('sends a different ETag to someone else for a representation that differs by requester', async () => {
      const alice = await signedIn();
      const bob = await signedIn();
      const own = await call('GET', `/api/users/${alice.id}`, { token: alice.token });
      const seen = await call('GET', `/api/users/${alice.id}`, { token: bob.token });
      expect(own.body).to.have.property('email');
      expect(seen.body).to.not.have.property('email');
      expect(own.headers.get('etag')).to.not.equal(seen.headers.get('etag'));
    });
  });

  describe('changing only what was read, with If-Match', () => {
    it('edits a post whose ETag is current, and answers with the new ETag', async () => {
      const me = await signedIn();
      const id = await writePost(me, 'draft');
      const read = await call('GET', `/api/posts/${id}`, { token: me.token });
      const edited = await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: 'final' }, headers: { 'if-match': read.headers.get('etag')! } });
      expect(edited.status).to.equal(200);
      const reread = await call('GET', `/api/posts/${id}`, { token: me.token });
      expect(edited.headers.get('etag')).to.equal(reread.headers.get('etag'));
      expect(reread.body.body).to.equal('final');
    });

    it('refuses with 412 an edit or a deletion based on an old version, changing nothing', async () => {
      const me = await signedIn();
      const id = await writePost(me, 'one');
      const stale = (await call('GET', `/api/posts/${id}`, { token: me.token })).headers.get('etag')!;
      expect((await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: 'two' } })).status).to.equal(200);

      const lost = await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: 'three' }, headers: { 'if-match': stale } });
      expectError(lost, 412, 'precondition_failed');
      expect(lost.body).to.deep.include({ error: 'Precondition Failed' });
      expect(lost.body.message).to.match(/post \d+ has changed since it was read/);
      const gone = await call('DELETE', `/api/posts/${id}`, { token: me.token, headers: { 'if-match': stale } });
      expectError(gone, 412, 'precondition_failed');
      expect((await call('GET', `/api/posts/${id}`, { token: me.token })).body.body).to.equal('two');
    });

    it('accepts If-Match: * and refuses a weak tag (If-Match compares strongly)', async () => {
      const me = await signedIn();
      const id = await writePost(me, 'one');
      const tag = (await call('GET', `/api/posts/${id}`, { token: me.token })).headers.get('etag')!;
      const weak = await call('PUT', `/api/posts/${id}`, { token: me.token, json: { body: 'two' }, headers: { 'if-match': `W/${tag}` } });
      expectError(weak, 412, 'precondition_failed');
      const any = await call('DELETE', `/api/posts/${id}`, { token: me.token, headers: { 'if-match': '*' } });
      expect(any.status).to.equal(204);
    });

    it('lets exactly one of two edits based on the same version win; the other gets 412', async () => {
      const me = await signedIn();
      const id = await writePost(me, 'base');
      const tag = (await call('GET', `/api/posts/${id}`, { token: me.token })).headers.get('etag')!;
      const answers = await Promise.all(
        ['mine', 'theirs'].map((body) => call('PUT', `/api/posts/${id}`, { token: me.token, json: { body }, headers: { 'if-match': tag } })),
      );
      expect(outcomes(answers).sort()).to.deep.equal([200, '412 precondition_failed']);
    });

    it('refuses to change or delete a user whose representation changed since it was read', async () => {
      const alice = await signedIn();
      const bob = await signedIn();
      const tag = (await call('GET', `/api/users/${alice.id}`, { token: alice.token })).headers.get('etag')!;
      await makeFollow(bob, alice);
      const changed = await call('PUT', `/api/users/${alice.id}`, { token: alice.token, json: { about_me: 'new' }, headers: { 'if-match': tag } });
      expectError(changed, 412, 'precondition_failed');
      const deleted = await call('DELETE', `/api/users/${alice.id}`, { token: alice.token, headers: { 'if-match': tag } });
      expectError(deleted, 412, 'precondition_failed');
      const current = await call('GET', `/api/users/${alice.id}`, { token: alice.token });
      expect(current.body.about_me).to.equal(null);

      const fresh = current.headers.get('etag')!;
      const updated = await call('PUT', `/api/users/${alice.id}`, { token: alice.token, json: { about_me: 'new' }, headers: { 'if-match': fresh } });
      expect(updated.status).to.equal(200);
      expect(updated.body.about_me).to.equal('new');
    });

    it('checks who may change a resource before its version: 403 for someone else, whatever the tag', async () => {
      const alice = await signedIn();
      const bob = await signedIn();
      const id = await writePost(alice, 'hers');
      const res = await call('PUT', `/api/posts/${id}`, { token: bob.token, json: { body: 'his' }, headers: { 'if-match': '"nope"' } });
      expectError(res, 403, 'not_owner');
    });
  });
});
