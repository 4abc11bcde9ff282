import { expect } from 'chai';
import createClient from 'openapi-fetch';
import type { paths } from '../../src/generated/openapi.js';

/**
 * A partner's whole session through an openapi-fetch client built on the
 * generated types: register, token, users, posts, follow, feed, a reply,
 * a like, a search, a private message and the notifications, revoke.
 */
export async function runClientSession(baseUrl: string): Promise<void> {
  const api = createClient<paths>({ baseUrl });

  const register = (username: string) =>
    api.POST('/api/users', { body: { username, email: `${username}@example.com`, password: `${username}-pw` } });
  const ann = await register('ann');
  const ben = await register('ben');
  expect(ann.response.status).to.equal(201);
  expect(ann.data?.username).to.equal('ann');

  const basic = (username: string) => `Basic ${Buffer.from(`${username}:${username}-pw`).toString('base64')}`;
  const annToken = await api.POST('/api/tokens', { headers: { Authorization: basic('ann') } });
  const benToken = await api.POST('/api/tokens', { headers: { Authorization: basic('ben') } });
  const asAnn = { headers: { Authorization: `Bearer ${annToken.data!.token}` } };
  const asBen = { headers: { Authorization: `Bearer ${benToken.data!.token}` } };

  const me = await api.GET('/api/me', asAnn);
  const annId = me.data!.id;
  const benId = ben.data!.id;
  const users = await api.GET('/api/users', { ...asAnn, params: { query: { per_page: 5 } } });
  expect(users.data!.items.map((u) => u.username)).to.deep.equal(['ann', 'ben']);
  const benSeen = await api.GET('/api/users/{id}', { ...asAnn, params: { path: { id: benId } } });
  expect(benSeen.data!.username).to.equal('ben');

  const post = await api.POST('/api/posts', { ...asBen, body: { body: 'Hello from ben' } });
  expect(post.response.headers.get('location')).to.equal(`/api/posts/${post.data!.id}`);
  const edited = await api.PUT('/api/posts/{id}', { ...asBen, params: { path: { id: post.data!.id } }, body: { body: 'Hello again' } });
  expect(edited.data!.body).to.equal('Hello again');

  const follow = await api.PUT('/api/users/{id}/followed/{target_id}', { ...asAnn, params: { path: { id: annId, target_id: benId } } });
  expect(follow.response.status).to.equal(204);
  const follows = await api.GET('/api/users/{id}/followed/{target_id}', { ...asAnn, params: { path: { id: annId, target_id: benId } } });
  expect(follows.response.status).to.equal(204);
  const followers = await api.GET('/api/users/{id}/followers', { ...asAnn, params: { path: { id: benId } } });
  expect(followers.data!._meta.total_items).to.equal(1);

  const feed = await api.GET('/api/feed', { ...asAnn, params: { query: { per_page: 10 } } });
  expect(feed.data!.items.map((p) => p.body)).to.deep.equal(['Hello again']);
  expect(feed.data!._meta.total_items).to.equal(1);
  const explore = await api.GET('/api/posts', { ...asAnn, params: { query: { before: post.data!.id + 1 } } });
  expect(explore.data!.items).to.have.length(1);

  // Conversations: find ben by name, reply mentioning him, like the reply, search, and read it all back.
  const found = await api.GET('/api/users', { ...asAnn, params: { query: { username: 'BEN' } } });
  expect(found.data!.items.map((u) => u.id)).to.deep.equal([benId]);
  const answer = await api.POST('/api/posts', { ...asAnn, body: { body: 'Hi @ben, nice to meet you', in_reply_to: post.data!.id } });
  expect(answer.data!.mentions.map((u) => u.username)).to.deep.equal(['ben']);
  const liked = await api.PUT('/api/users/{id}/liked/{post_id}', { ...asBen, params: { path: { id: benId, post_id: answer.data!.id } } });
  expect(liked.response.status).to.equal(204);
  const thread = await api.GET('/api/posts/{id}/replies', { ...asBen, params: { path: { id: post.data!.id } } });
  expect(thread.data!.items.map((p) => [p.id, p.like_count])).to.deep.equal([[answer.data!.id, 1]]);
  const likers = await api.GET('/api/posts/{id}/likers', { ...asAnn, params: { path: { id: answer.data!.id } } });
  expect(likers.data!.items.map((u) => u.id)).to.deep.equal([benId]);
  const searched = await api.GET('/api/posts', { ...asBen, params: { query: { q: 'NICE to me' } } });
  expect(searched.data!.items.map((p) => p.id)).to.deep.equal([answer.data!.id]);
  const mentioned = await api.GET('/api/users/{id}/mentions', { ...asBen, params: { path: { id: benId } } });
  expect(mentioned.data!.items.map((p) => p.id)).to.deep.equal([answer.data!.id]);
  const likedByBen = await api.GET('/api/users/{id}/liked', { ...asAnn, params: { path: { id: benId } } });
  expect(likedByBen.data!.items.map((p) => p.id)).to.deep.equal([answer.data!.id]);

  // A private message: ben thanks ann, who is told (with the like), reads it and marks it read.
  const sent = await api.POST('/api/users/{id}/messages', { ...asBen, params: { path: { id: annId } }, body: { body: 'Thanks for the reply' } });
  expect(sent.response.headers.get('location')).to.equal(`/api/messages/${sent.data!.id}`);
  const inbox = await api.GET('/api/messages', asAnn);
  expect(inbox.data!.items.map((m) => [m.id, m.sender.id])).to.deep.equal([[sent.data!.id, benId]]);
  expect((await api.GET('/api/me', asAnn)).data!.unread_message_count).to.equal(1);
  const notices = await api.GET('/api/notifications', { ...asAnn, params: { query: { since: 0 } } });
  expect(notices.data!.items.map((n) => [n.type, n.actor.id])).to.deep.equal([['like', benId], ['message', benId]]);
  const marker = await api.PUT('/api/messages/read-marker', { ...asAnn, body: { last_read_id: sent.data!.id } });
  expect(marker.data).to.deep.equal({ last_read_id: sent.data!.id, unread_message_count: 0 });
  const one = await api.GET('/api/messages/{id}', { ...asBen, params: { path: { id: sent.data!.id } } });
  expect(one.data!.body).to.equal('Thanks for the reply');
  const outbox = await api.GET('/api/messages/sent', asBen);
  expect(outbox.data!._meta.total_items).to.equal(1);

  expect((await api.DELETE('/api/posts/{id}', { ...asAnn, params: { path: { id: answer.data!.id } } })).response.status).to.equal(204);

  const unfollow = await api.DELETE('/api/users/{id}/followed/{target_id}', { ...asAnn, params: { path: { id: annId, target_id: benId } } });
  expect(unfollow.response.status).to.equal(204);
  const deleted = await api.DELETE('/api/posts/{id}', { ...asBen, params: { path: { id: post.data!.id } } });
  expect(deleted.response.status).to.equal(204);

  const revoked = await api.DELETE('/api/tokens', asAnn);
  expect(revoked.response.status).to.equal(204);
  const after = await api.GET('/api/me', asAnn);
  expect(after.response.status).to.equal(401);
  expect(after.error?.code).to.equal('token_invalid');

  const gone = await api.DELETE('/api/users/{id}', { ...asBen, params: { path: { id: benId } } });
  expect(gone.response.status).to.equal(204);
}
