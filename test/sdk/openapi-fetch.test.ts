import { expect } from 'chai';
import createClient from 'openapi-fetch';
import type { paths } from '../../src/generated/openapi.js';
import { server } from '../support/hooks.js';
import { runClientSession } from '../support/session.js';

/**
 * A partner's TypeScript client: types generated from openapi.yaml by
 * openapi-typescript (npm test fails when they are stale), requests made by
 * openapi-fetch, and every call type-checked by tsc before the suite runs.
 */
describe('an openapi-fetch client generated from the contract', () => {
  it('runs a whole session: register, token, users, posts, follow, feed, revoke, leave', async () => {
    await runClientSession(server().baseUrl);
  });

  it("lives an app's life: log in, read, the access token expires, refresh, carry on; a read-only token is refused a write", async () => {
    const api = createClient<paths>({ baseUrl: server().baseUrl });
    await api.POST('/api/users', { body: { username: 'appuser', email: 'appuser@example.com', password: 'app-pw' } });
    const basic = { Authorization: `Basic ${Buffer.from('appuser:app-pw').toString('base64')}`, 'User-Agent': 'MicroblogApp/1.0' };

    const login = await api.POST('/api/tokens', { headers: basic });
    let session = login.data!;
    const bearer = () => ({ headers: { Authorization: `Bearer ${session.token}` } });
    expect((await api.GET('/api/feed', bearer())).response.status).to.equal(200);

    // An hour later, as far as the database can tell.
    await server().db('tokens').update({ expires_at: new Date(Date.now() - 1000) });
    const stale = await api.GET('/api/feed', bearer());
    expect(stale.response.status).to.equal(401);
    expect(stale.response.headers.get('www-authenticate')).to.include('error="invalid_token"');
    expect(stale.error?.code, 'the typed code of the error').to.equal('token_expired');
    // Updated meanwhile: the session shows the User-Agent of its latest refresh.
    const refreshed = await api.POST('/api/tokens/refresh', { headers: { 'User-Agent': 'MicroblogApp/1.1' }, body: { refresh_token: session.refresh_token } });
    expect(refreshed.response.status).to.equal(200);
    session = refreshed.data!;
    const post = await api.POST('/api/posts', { ...bearer(), body: { body: 'still here' } });
    expect(post.response.status).to.equal(201);
    const sessions = await api.GET('/api/tokens', bearer());
    expect(sessions.data!.items.map((s) => [s.user_agent, s.current])).to.deep.equal([['MicroblogApp/1.1', true]]);

    const reader = (await api.POST('/api/tokens', { headers: basic, body: { scope: 'read' } })).data!;
    const asReader = { headers: { Authorization: `Bearer ${reader.token}` } };
    expect((await api.GET('/api/posts', asReader)).data!.items.map((p) => p.body)).to.deep.equal(['still here']);
    const refused = await api.POST('/api/posts', { ...asReader, body: { body: 'not allowed' } });
    expect(refused.response.status).to.equal(403);
    expect(refused.response.headers.get('www-authenticate')).to.include('error="insufficient_scope"');
    expect(refused.error?.code).to.equal('insufficient_scope');
  });
});
