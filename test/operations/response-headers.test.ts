import { expect } from 'chai';
import { call, outcomes } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { startServer } from '../support/server.js';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

describe('cache controls and security headers (from the contract)', () => {
  it('lets only the requester keep an authenticated representation, and only after revalidating', async () => {
    const me = await signedIn();
    for (const path of [`/api/users/${me.id}`, '/api/users', '/api/feed', '/api/me']) {
      const res = await call('GET', path, { token: me.token });
      expect(res.status).to.equal(200);
      expect(res.headers.get('cache-control'), path).to.equal('private, no-cache');
    }
  });

  it('lets no cache keep errors, tokens, probes or the answers to writes', async () => {
    const me = await signedIn();
    const answers = [
      await call('POST', '/api/tokens', { basic: { username: me.username, password: me.password } }),
      await call('GET', '/api/users/999999', { token: me.token }),
      await call('GET', '/api/users'),
      await call('GET', '/api/nothing-here'),
      await call('POST', '/api/posts', { token: me.token, json: { body: 'hi' } }),
      await call('GET', '/api/health/ready'),
    ];
    expect(outcomes(answers)).to.deep.equal([200, '404 user_not_found', '401 authentication_required', '404 not_found', 201, 200]);
    for (const res of answers) expect(res.headers.get('cache-control')).to.equal('no-store');
  });

  it('lets any cache keep the contract and the documentation for a while', async () => {
    expect((await call('GET', '/api/openapi.json')).headers.get('cache-control')).to.equal('public, max-age=300');
    expect((await call('GET', '/api/docs')).headers.get('cache-control')).to.equal('public, max-age=300');
    expect((await call('GET', '/api/docs/swagger-ui.css')).headers.get('cache-control')).to.equal('public, max-age=86400');
  });

  it('forbids sniffing and framing everywhere, and lets the documentation page load only its own files', async () => {
    for (const path of ['/api', '/api/nothing-here', '/api/openapi.yaml']) {
      const res = await call('GET', path);
      expect(outcomes([res])[0], path).to.equal(path === '/api/nothing-here' ? '404 not_found' : 200);
      expect(res.headers.get('x-content-type-options'), path).to.equal('nosniff');
      expect(res.headers.get('content-security-policy'), path).to.equal(API_CSP);
    }
    const page = await call('GET', '/api/docs', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).to.match(/^default-src 'self';.*frame-ancestors 'none'$/);
  });

  describe('Strict-Transport-Security', () => {
    it('is not sent over plain HTTP', async () => {
      const res = await call('GET', '/api', { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers.get('strict-transport-security')).to.equal(null);
    });

    it('is sent behind a trusted proxy that says the client used HTTPS', async () => {
      const proxied = await startServer({ TRUST_PROXY: 'true' });
      try {
        const https = await call('GET', '/api', { baseUrl: proxied.baseUrl, headers: { 'x-forwarded-proto': 'https' } });
        expect(https.headers.get('strict-transport-security')).to.equal('max-age=63072000');
        const http = await call('GET', '/api', { baseUrl: proxied.baseUrl, headers: { 'x-forwarded-proto': 'http' } });
        expect(http.headers.get('strict-transport-security')).to.equal(null);
      } finally {
        await proxied.close();
      }
    });
  });
});
