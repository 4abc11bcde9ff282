import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { startServer, type RunningServer } from '../support/server.js';

const APP = 'https://app.example.com';
const OTHER = 'https://evil.example.net';

/** A browser's preflight: outside the contract (it never reaches the router), so sent with fetch. */
function preflight(baseUrl: string, origin: string, method = 'GET', headers = 'authorization') {
  return fetch(`${baseUrl}/api/me`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });
}

describe('CORS for browser apps (CORS_ORIGINS)', function () {
  this.timeout(30_000);

  it('sends no CORS header to anyone when no origin is allowed (the default)', async () => {
    const me = await signedIn();
    const res = await call('GET', '/api/me', { token: me.token, headers: { origin: APP } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('access-control-allow-origin')).to.equal(null);
  });

  describe('with an allow-list', () => {
    let api: RunningServer;
    before(async () => {
      api = await startServer({ CORS_ORIGINS: `${APP}, http://localhost:5173` });
    });
    after(() => api.close());

    it('answers an allowed origin\'s preflight itself: methods, headers, and how long to keep the answer', async () => {
      const res = await preflight(api.baseUrl, APP, 'PUT', 'authorization,content-type,if-match');
      expect(res.status).to.equal(204);
      expect(res.headers.get('access-control-allow-origin')).to.equal(APP);
      expect(res.headers.get('access-control-allow-methods')).to.equal('GET,POST,PUT,DELETE');
      expect(res.headers.get('access-control-allow-headers')!.split(',')).to.include.members(['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key']);
      expect(res.headers.get('access-control-max-age')).to.equal('600');
      expect(res.headers.get('access-control-allow-credentials')).to.equal(null);
    });

    it('gives an origin not on the list no CORS header, so its browser keeps the answer from the page', async () => {
      const res = await preflight(api.baseUrl, OTHER);
      expect(res.headers.get('access-control-allow-origin')).to.equal(null);
      // An OPTIONS like any other client's: the methods, and nothing a browser would take as permission.
      expect(res.status).to.equal(200);
      expect(res.headers.get('allow')).to.equal('HEAD, GET');
      const user = await call('POST', '/api/users', { baseUrl: api.baseUrl, headers: { origin: OTHER }, json: { username: 'x1', email: 'x1@example.com', password: 'pw-x1' } });
      expect(user.status).to.equal(201);
      expect(user.headers.get('access-control-allow-origin')).to.equal(null);
    });

    it('marks every answer to an allowed origin, errors included, and exposes the headers an app needs', async () => {
      const created = await call('POST', '/api/users', { baseUrl: api.baseUrl, headers: { origin: APP }, json: { username: 'app1', email: 'app1@example.com', password: 'pw-app1' } });
      expect(created.status).to.equal(201);
      expect(created.headers.get('access-control-allow-origin')).to.equal(APP);
      expect(created.headers.get('vary')).to.match(/Origin/);
      const exposed = created.headers.get('access-control-expose-headers')!.split(',');
      expect(exposed).to.include.members(['ETag', 'Link', 'Location', 'Retry-After', 'X-Request-Id', 'RateLimit-Remaining']);

      const refused = await call('GET', '/api/me', { baseUrl: api.baseUrl, headers: { origin: APP } });
      expectError(refused, 401, 'authentication_required');
      expect(refused.headers.get('access-control-allow-origin')).to.equal(APP);
    });
  });
});
