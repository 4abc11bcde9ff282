import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { signedIn, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { countMismatches, rowCount } from '../support/invariants.js';

const likeUrl = (userId: number, postId: number) => `/api/users/${userId}/liked/${postId}`;
const likeCount = async (token: string, postId: number) => (await call('GET', `/api/posts/${postId}`, { token })).body.like_count as number;

describe('likes', () => {
  it('likes a post once however often it is asked, checks it, and unlikes it once too', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const post = await writePost(ann, 'likeable');
    for (let i = 0; i < 2; i++) expect((await call('PUT', likeUrl(ben.id, post), { token: ben.token })).status).to.equal(204);
    expect(await likeCount(ann.token, post)).to.equal(1);
    expect((await call('GET', likeUrl(ben.id, post), { token: ann.token })).status).to.equal(204);
    expectError(await call('GET', likeUrl(ann.id, post), { token: ann.token }), 404, 'not_liked');
    const read = (await call('GET', `/api/posts/${post}`, { token: ann.token })).body;
    expect(read._links.likers).to.equal(`/api/posts/${post}/likers`);
    for (let i = 0; i < 2; i++) expect((await call('DELETE', likeUrl(ben.id, post), { token: ben.token })).status).to.equal(204);
    expect(await likeCount(ann.token, post)).to.equal(0);
    expectError(await call('GET', likeUrl(ben.id, post), { token: ann.token }), 404, 'not_liked');
  });

  it("answers 403 for someone else's list and 404 for a post or user that is not there, changing nothing", async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const post = await writePost(ann, 'mine');
    expectError(await call('PUT', likeUrl(ann.id, post), { token: ben.token }), 403, 'not_owner');
    expectError(await call('PUT', likeUrl(ben.id, 999_999), { token: ben.token }), 404, 'post_not_found');
    expectError(await call('PUT', likeUrl(999_999, post), { token: ben.token }), 404, 'user_not_found');
    expect(await rowCount(server().db('likes'))).to.equal(0);
  });

  it('lists the posts a user liked, most recently liked first, with cursors that follow the likes', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const posts: number[] = [];
    for (let i = 0; i < 4; i++) posts.push(await writePost(ann, `post ${i}`));
    // Liked out of post order: the list follows the likes.
    for (const post of [posts[2]!, posts[0]!, posts[3]!, posts[1]!]) await call('PUT', likeUrl(ben.id, post), { token: ben.token });
    const first = await call('GET', `/api/users/${ben.id}/liked?per_page=2`, { token: ann.token });
    expect(first.status).to.equal(200);
    expect(first.body.items.map((p: { id: number }) => p.id)).to.deep.equal([posts[1], posts[3]]);
    expect(first.body._meta.total_items).to.equal(4);
    const second = await call('GET', first.body._links.next, { token: ann.token });
    expect(second.body.items.map((p: { id: number }) => p.id)).to.deep.equal([posts[0], posts[2]]);
    expect(second.body._links.next).to.equal(null);
    const back = await call('GET', second.body._links.prev, { token: ann.token });
    expect(back.body.items.map((p: { id: number }) => p.id)).to.deep.equal([posts[1], posts[3]]);
  });

  it('lists who likes a post in id order, counted by its like_count, and 404 for a post that is not there', async () => {
    const ann = await signedIn();
    const fans = [await signedIn(), await signedIn(), await signedIn()];
    const post = await writePost(ann, 'popular');
    for (const fan of [...fans].reverse()) await call('PUT', likeUrl(fan.id, post), { token: fan.token });
    const res = await call('GET', `/api/posts/${post}/likers?per_page=2`, { token: ann.token });
    expect(res.body.items.map((u: { id: number }) => u.id)).to.deep.equal(fans.slice(0, 2).map((f) => f.id));
    expect(res.body._meta.total_items).to.equal(3);
    expectError(await call('GET', '/api/posts/999999/likers', { token: ann.token }), 404, 'post_not_found');
  });

  it('removes the likes of a deleted post and of an account that leaves, and fixes every count', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const kept = await writePost(ann, 'kept');
    const gone = await writePost(ann, 'gone');
    for (const post of [kept, gone]) await call('PUT', likeUrl(ben.id, post), { token: ben.token });
    expect((await call('DELETE', `/api/posts/${gone}`, { token: ann.token })).status).to.equal(204);
    expect((await call('GET', `/api/users/${ben.id}/liked`, { token: ann.token })).body.items.map((p: { id: number }) => p.id)).to.deep.equal([kept]);
    expect((await call('DELETE', `/api/users/${ben.id}`, { token: ben.token })).status).to.equal(204);
    expect(await likeCount(ann.token, kept)).to.equal(0);
    expect(await rowCount(server().db('likes'))).to.equal(0);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });

  it('keeps like_count equal to the likes through 50 concurrent likes and unlikes, and deletes racing likes', async () => {
    const ann = await signedIn();
    const fans = await Promise.all(Array.from({ length: 10 }, () => signedIn()));
    const post = await writePost(ann, 'contested');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const fan = fans[i % fans.length]!;
        return call(i % 3 === 0 ? 'DELETE' : 'PUT', likeUrl(fan.id, post), { token: fan.token });
      }),
    );
    expect(answers.map((res) => res.status)).to.deep.equal(Array(50).fill(204));
    expect(await likeCount(ann.token, post)).to.equal(await rowCount(server().db('likes').where({ post_id: post })));
    const doomed = await writePost(ann, 'doomed');
    const racing = await Promise.all([
      ...fans.slice(0, 5).map((fan) => call('PUT', likeUrl(fan.id, doomed), { token: fan.token })),
      call('DELETE', `/api/posts/${doomed}`, { token: ann.token }),
      ...fans.slice(5).map((fan) => call('PUT', likeUrl(fan.id, doomed), { token: fan.token })),
      call('DELETE', `/api/users/${fans[0]!.id}`, { token: fans[0]!.token }),
    ]);
    for (const outcome of outcomes(racing)) expect([204, '401 token_invalid', '404 post_not_found']).to.include(outcome);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });
});
