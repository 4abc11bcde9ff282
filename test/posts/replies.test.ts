import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { signedIn, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { countMismatches, rowCount } from '../support/invariants.js';

const reply = (author: { token: string }, inReplyTo: number, body = 'a reply') =>
  call('POST', '/api/posts', { token: author.token, json: { body, in_reply_to: inReplyTo } });
const post = async (token: string, id: number) => (await call('GET', `/api/posts/${id}`, { token })).body;

describe('replies', () => {
  it('answers a post with a reply that names it, and counts it there', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const parent = await writePost(ann, 'a question');
    const res = await reply(ben, parent, 'an answer');
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ in_reply_to: parent, reply_count: 0 });
    expect(res.body._links).to.include({ in_reply_to: `/api/posts/${parent}`, replies: `/api/posts/${res.body.id}/replies` });
    const read = await post(ann.token, parent);
    expect(read).to.include({ in_reply_to: null, reply_count: 1 });
    expect(read._links).to.not.have.property('in_reply_to');
  });

  it('refuses a reply to a post that does not exist, naming in_reply_to, and writes nothing', async () => {
    const ann = await signedIn();
    const res = await reply(ann, 999_999);
    expectError(res, 400, 'reply_to_not_found');
    expect(res.body.details).to.deep.equal([{ in: 'body', field: 'in_reply_to', message: 'names no post' }]);
    expect(await rowCount(server().db('posts'))).to.equal(0);
    expect((await call('GET', '/api/me', { token: ann.token })).body.post_count).to.equal(0);
  });

  it('lists the direct replies oldest first, in keyset pages, and 404 for a post that is not there', async () => {
    const ann = await signedIn();
    const parent = await writePost(ann, 'start');
    const replies: number[] = [];
    for (let i = 0; i < 5; i++) replies.push((await reply(ann, parent, `reply ${i}`)).body.id);
    await reply(ann, replies[0]!, 'a reply to a reply'); // not a direct one
    const first = await call('GET', `/api/posts/${parent}/replies?per_page=3`, { token: ann.token });
    expect(first.status).to.equal(200);
    expect(first.body.items.map((p: { id: number }) => p.id)).to.deep.equal(replies.slice(0, 3));
    expect(first.body._meta.total_items).to.equal(5);
    expect(first.body._links.next).to.equal(`/api/posts/${parent}/replies?after=${replies[2]}&per_page=3`);
    const second = await call('GET', first.body._links.next, { token: ann.token });
    expect(second.body.items.map((p: { id: number }) => p.id)).to.deep.equal(replies.slice(3));
    expect(second.body._links.next).to.equal(null);
    expectError(await call('GET', '/api/posts/999999/replies', { token: ann.token }), 404, 'post_not_found');
  });

  it('keeps the replies of a deleted post, no longer replying to anything, and uncounts a deleted reply', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const parent = await writePost(ann, 'soon gone');
    const kept = (await reply(ben, parent)).body.id;
    const dropped = (await reply(ben, parent)).body.id;
    expect((await call('DELETE', `/api/posts/${dropped}`, { token: ben.token })).status).to.equal(204);
    expect((await post(ann.token, parent)).reply_count).to.equal(1);
    expect((await call('DELETE', `/api/posts/${parent}`, { token: ann.token })).status).to.equal(204);
    const orphan = await post(ann.token, kept);
    expect(orphan.in_reply_to).to.equal(null);
    expect(orphan._links).to.not.have.property('in_reply_to');
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });

  it('uncounts the replies of an account that leaves, and keeps the replies others wrote to its posts', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const annPost = await writePost(ann, 'ann writes');
    const benPost = await writePost(ben, 'ben writes');
    await reply(ben, annPost);
    await reply(ben, annPost);
    const annReply = (await reply(ann, benPost)).body.id;
    expect((await call('DELETE', `/api/users/${ben.id}`, { token: ben.token })).status).to.equal(204);
    expect((await post(ann.token, annPost)).reply_count).to.equal(0);
    expect((await post(ann.token, annReply)).in_reply_to).to.equal(null);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });

  it('counts 20 replies sent at once, and stays exact while replies race the deletion of their post', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const parent = await writePost(ann, 'popular');
    const statuses = (await Promise.all(Array.from({ length: 20 }, (_, i) => reply(i % 2 ? ann : ben, parent, `r${i}`)))).map((r) => r.status);
    expect(statuses).to.deep.equal(Array(20).fill(201));
    expect((await post(ann.token, parent)).reply_count).to.equal(20);
    const doomed = await writePost(ann, 'doomed');
    const racing = await Promise.all([
      ...Array.from({ length: 10 }, () => reply(ben, doomed)),
      call('DELETE', `/api/posts/${doomed}`, { token: ann.token }),
      ...Array.from({ length: 10 }, () => reply(ann, doomed)),
    ]);
    // Each reply either landed before the deletion (and now replies to nothing) or was refused.
    for (const outcome of outcomes(racing)) expect([201, 204, '400 reply_to_not_found']).to.include(outcome);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });
});
