import { expect } from 'chai';
import { runSeeds } from '../src/data/seeding.js';
import { call } from './support/client.js';
import { registerUser } from './support/fixtures.js';
import { server } from './support/hooks.js';
import { rowCount } from './support/invariants.js';

describe('npm run seed (the demo data)', () => {
  it("holds the seed's accounts, posts and follows; alice logs in with the password dog", async () => {
    await runSeeds(server().database);
    const token = await call('POST', '/api/tokens', { basic: { username: 'alice', password: 'dog' } });
    expect(token.status).to.equal(200);
    const auth = { token: token.body.token };
    const users = await call('GET', '/api/users?per_page=100', auth);
    expect(users.body.items.map((u: { username: string }) => u.username)).to.include.members(['miguel', 'susan', 'alice']);
    const feed = await call('GET', '/api/feed', auth);
    expect(feed.body._meta.total_items).to.be.greaterThan(5);
    const miguel = users.body.items.find((u: { username: string }) => u.username === 'miguel');
    expect(miguel.follower_count).to.equal(7);
    // Conversations: a post with replies and likes, and the replies under it.
    const posts = (await call('GET', `/api/users/${miguel.id}/posts?per_page=100`, auth)).body.items;
    const chapter = posts.find((p: { body: string }) => p.body.startsWith('New chapter'));
    expect(chapter).to.include({ reply_count: 1, like_count: 3 });
    const replies = await call('GET', `/api/posts/${chapter.id}/replies`, auth);
    expect(replies.body.items.map((p: { author: { username: string } }) => p.author.username)).to.deep.equal(['susan']);
    expect(replies.body.items[0].mentions.map((u: { username: string }) => u.username)).to.deep.equal(['miguel']);
  });

  it('is safe to run twice, and leaves existing users alone', async () => {
    const alice = await registerUser({ username: 'alice', email: 'real-alice@example.com', password: 'secret' });
    await runSeeds(server().database);
    const first = await call('GET', '/api/users?per_page=100', { token: (await call('POST', '/api/tokens', { basic: alice })).body.token });
    await runSeeds(server().database);
    const token = (await call('POST', '/api/tokens', { basic: alice })).body.token;
    const second = await call('GET', '/api/users?per_page=100', { token });
    expect(second.body).to.deep.equal(first.body);
    const posts = await call('GET', '/api/posts', { token });
    expect((await call('GET', '/api/posts', { token })).body._meta.total_items).to.equal(posts.body._meta.total_items);
    // Counters equal the rows they count after both runs.
    for (const user of second.body.items) {
      const counted = await Promise.all([
        rowCount(server().db('followers').where('followed_id', user.id)),
        rowCount(server().db('followers').where('follower_id', user.id)),
        rowCount(server().db('posts').where('user_id', user.id)),
      ]);
      expect([user.follower_count, user.followed_count, user.post_count], user.username).to.deep.equal(counted);
    }
  });
});
