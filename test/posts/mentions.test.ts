import { expect } from 'chai';
import { mentionedUsernames } from '../../src/mentions.js';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn, writePost } from '../support/fixtures.js';

const names = (post: { mentions: { username: string }[] }) => post.mentions.map((u) => u.username);

describe('mentions', () => {
  it('reads @username, not an email address, and also a name that ends a sentence', () => {
    expect(mentionedUsernames('hi @Alice and @bob.smith, mail me at carol@example.com. thanks @dave.')).to.deep.equal([
      'alice',
      'bob.smith',
      'dave.',
      'dave',
    ]);
    expect(mentionedUsernames('@@twice @ alone')).to.deep.equal([]);
  });

  it('records the users a post mentions, in any case, and ignores names nobody has', async () => {
    const ann = await signedIn();
    const ben = await registerUser({ username: 'Ben' });
    const cat = await registerUser({ username: 'cat' });
    const res = await call('POST', '/api/posts', { token: ann.token, json: { body: `@ben, meet @CAT. And @nobody.` } });
    expect(res.status).to.equal(201);
    expect(names(res.body)).to.deep.equal(['Ben', 'cat']);
    expect(res.body.mentions[0]).to.deep.equal({ id: ben.id, username: 'Ben', _links: { self: `/api/users/${ben.id}`, avatar: res.body.mentions[0]._links.avatar } });
    const read = await call('GET', `/api/posts/${res.body.id}`, { token: ann.token });
    expect(names(read.body)).to.deep.equal(['Ben', 'cat']);
    expect(cat.id).to.be.a('number');
  });

  it('updates the mentions when the post is edited, and lists the posts that mention a user, newest first', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const first = await writePost(ann, `hello @${ben.username}`);
    await writePost(ann, 'nobody here');
    const second = await writePost(ann, `again @${ben.username}`);
    const listed = await call('GET', `/api/users/${ben.id}/mentions`, { token: ann.token });
    expect(listed.status).to.equal(200);
    expect(listed.body.items.map((p: { id: number }) => p.id)).to.deep.equal([second, first]);
    expect(listed.body._meta.total_items).to.equal(2);
    const edited = await call('PUT', `/api/posts/${first}`, { token: ann.token, json: { body: 'no longer' } });
    expect(edited.body.mentions).to.deep.equal([]);
    const after = await call('GET', `/api/users/${ben.id}/mentions`, { token: ann.token });
    expect(after.body.items.map((p: { id: number }) => p.id)).to.deep.equal([second]);
    expectError(await call('GET', '/api/users/999999/mentions', { token: ann.token }), 404, 'user_not_found');
  });

  it('drops the mentions of a deleted post and of an account that leaves', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const post = await writePost(ann, `hi @${ben.username}`);
    expect((await call('DELETE', `/api/users/${ben.id}`, { token: ben.token })).status).to.equal(204);
    expect((await call('GET', `/api/posts/${post}`, { token: ann.token })).body.mentions).to.deep.equal([]);
  });
});
