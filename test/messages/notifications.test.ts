import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { makeFollow, signedIn, writePost } from '../support/fixtures.js';

type Someone = { id: number; token: string; username: string };
interface Seen {
  id: number;
  type: string;
  actor: { id: number };
  post?: { id: number };
  message?: { id: number; body: string };
}

/** The requester's notifications, all of them, as (type, actor, post or message) triples. */
async function notifications(user: Someone, query = ''): Promise<Seen[]> {
  const res = await call('GET', `/api/notifications?per_page=100${query}`, { token: user.token });
  expect(res.status, res.text).to.equal(200);
  return res.body.items;
}
const told = async (user: Someone) =>
  (await notifications(user)).map((n) => [n.type, n.actor.id, n.post?.id ?? n.message?.id ?? null]);

describe('GET /api/notifications', () => {
  it('tells a user who follows them, and forgets it when they unfollow', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    await makeFollow(ben, ann);
    expect(await told(ann)).to.deep.equal([['follow', ben.id, null]]);
    expect(await told(ben)).to.deep.equal([]);
    await call('DELETE', `/api/users/${ben.id}/followed/${ann.id}`, { token: ben.token });
    expect(await told(ann)).to.deep.equal([]);
  });

  it('tells an author of a like with the post, not of their own, and forgets it on unlike', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const post = await writePost(ann, 'likeable');
    await call('PUT', `/api/users/${ann.id}/liked/${post}`, { token: ann.token });
    await call('PUT', `/api/users/${ben.id}/liked/${post}`, { token: ben.token });
    const [like] = await notifications(ann);
    expect([like!.type, like!.actor.id, like!.post!.id]).to.deep.equal(['like', ben.id, post]);
    expect(await told(ann)).to.have.length(1);
    await call('DELETE', `/api/users/${ben.id}/liked/${post}`, { token: ben.token });
    expect(await told(ann)).to.deep.equal([]);
  });

  it('tells an author of a reply (once, even when it mentions them), with the reply, until it is deleted', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const post = await writePost(ann, 'a question');
    const reply = await call('POST', '/api/posts', { token: ben.token, json: { body: `@${ann.username} an answer`, in_reply_to: post } });
    expect(await told(ann)).to.deep.equal([['reply', ben.id, reply.body.id]]);
    await call('DELETE', `/api/posts/${reply.body.id}`, { token: ben.token });
    expect(await told(ann)).to.deep.equal([]);
  });

  it('tells whom a post mentions, and follows its edits: the newly mentioned told, the unmentioned untold', async () => {
    const [ann, ben, cat] = [await signedIn(), await signedIn(), await signedIn()];
    const post = await writePost(ann, `hello @${ben.username} and @${ann.username}`);
    expect(await told(ben)).to.deep.equal([['mention', ann.id, post]]);
    expect(await told(ann)).to.deep.equal([]);
    const [before] = await notifications(ben);
    await call('PUT', `/api/posts/${post}`, { token: ann.token, json: { body: `hello @${ben.username} and @${cat.username}` } });
    // Still mentioned: the same notification, not a second one.
    expect((await notifications(ben)).map((n) => n.id)).to.deep.equal([before!.id]);
    expect(await told(cat)).to.deep.equal([['mention', ann.id, post]]);
    await call('PUT', `/api/posts/${post}`, { token: ann.token, json: { body: 'hello nobody' } });
    expect(await told(ben)).to.deep.equal([]);
    expect(await told(cat)).to.deep.equal([]);
  });

  it('tells a recipient of a message, with the message', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const sent = await call('POST', `/api/users/${ben.id}/messages`, { token: ann.token, json: { body: 'psst' } });
    const [notice] = await notifications(ben);
    expect([notice!.type, notice!.actor.id, notice!.message!.id, notice!.message!.body]).to.deep.equal(['message', ann.id, sent.body.id, 'psst']);
  });

  it('lists oldest first, polled with since: only what came after, and next goes on from there', async () => {
    const [ann, ...fans] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
    for (const fan of fans) await makeFollow(fan, ann);
    const all = await notifications(ann);
    expect(all.map((n) => n.actor.id)).to.deep.equal(fans.map((f) => f.id));
    const polled = await call('GET', `/api/notifications?since=${all[0]!.id}&per_page=1`, { token: ann.token });
    expect(polled.body.items.map((n: Seen) => n.id)).to.deep.equal([all[1]!.id]);
    expect(polled.body._links.next).to.equal(`/api/notifications?after=${all[1]!.id}&per_page=1`);
    const next = await call('GET', polled.body._links.next, { token: ann.token });
    expect(next.body.items.map((n: Seen) => n.id)).to.deep.equal([all[2]!.id]);
    expect(next.body._links.next).to.equal(null);
    expect((await notifications(ann, `&since=${all[2]!.id}`))).to.deep.equal([]);
    expect((await notifications(ann, '&since=0')).map((n) => n.id)).to.deep.equal(all.map((n) => n.id));
  });

  it('refuses since with another cursor, naming since, and forgets what an account did when it is deleted', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const both = await call('GET', '/api/notifications?since=1&after=2', { token: ann.token });
    expectError(both, 400, 'validation_failed');
    expect(both.body.details.map((d: { field: string }) => d.field)).to.deep.equal(['since']);
    await makeFollow(ben, ann);
    await call('POST', `/api/users/${ann.id}/messages`, { token: ben.token, json: { body: 'bye' } });
    expect(await told(ann)).to.have.length(2);
    await call('DELETE', `/api/users/${ben.id}`, { token: ben.token });
    expect(await told(ann)).to.deep.equal([]);
  });
});
