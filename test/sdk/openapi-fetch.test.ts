import { expect } from 'chai';
import createClient from 'openapi-fetch';
import type { paths } from '../../src/generated/openapi.js';
import { server } from '../support/hooks.js';

/**
 * A partner's TypeScript client: types generated from openapi.yaml by
 * openapi-typescript (npm test fails when they are stale), requests made by
 * openapi-fetch, and every call type-checked by tsc before the suite runs.
 */
describe('an openapi-fetch client generated from the contract', () => {
  it('runs a whole session: register, token, users, posts, follow, feed, revoke', async () => {
    const api = createClient<paths>({ baseUrl: server().baseUrl });

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

    const post = await api.POST('/api/posts', { ...asBen, body: { body: 'Hello from ben' } });
    expect(post.response.headers.get('location')).to.equal(`/api/posts/${post.data!.id}`);

    const follow = await api.PUT('/api/users/{id}/followed/{target_id}', { ...asAnn, params: { path: { id: annId, target_id: benId } } });
    expect(follow.response.status).to.equal(204);

    const feed = await api.GET('/api/feed', { ...asAnn, params: { query: { per_page: 10 } } });
    expect(feed.data!.items.map((p) => p.body)).to.deep.equal(['Hello from ben']);
    expect(feed.data!._meta.total_items).to.equal(1);

    const forbidden = await api.DELETE('/api/posts/{id}', { ...asAnn, params: { path: { id: post.data!.id } } });
    expect(forbidden.error?.error).to.equal('Forbidden');

    const revoked = await api.DELETE('/api/tokens', asAnn);
    expect(revoked.response.status).to.equal(204);
    const after = await api.GET('/api/me', asAnn);
    expect(after.response.status).to.equal(401);
    expect(after.error?.message).to.equal('the token is invalid, expired or revoked');
  });
});
