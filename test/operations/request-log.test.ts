import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { startServer } from '../support/server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and the request log', () => {
  it('gives every response an X-Request-Id, a new one per request', async () => {
    const first = await call('GET', '/api');
    const second = await call('GET', '/api/nothing-here');
    expectError(second, 404, 'not_found');
    expect(first.headers.get('x-request-id')).to.match(UUID);
    expect(second.headers.get('x-request-id')).to.match(UUID);
    expect(first.headers.get('x-request-id')).to.not.equal(second.headers.get('x-request-id'));
  });

  it("echoes the proxy's X-Request-Id, and replaces one that is not a sane id", async () => {
    const echoed = await call('GET', '/api', { headers: { 'x-request-id': 'nginx-4f2a.9_b' } });
    expect(echoed.headers.get('x-request-id')).to.equal('nginx-4f2a.9_b');
    const replaced = await call('GET', '/api', { headers: { 'x-request-id': 'two words {and braces}' } });
    expect(replaced.headers.get('x-request-id')).to.match(UUID);
  });

  it('logs one JSON line a request: id, method, route, operation, status, duration, user, address', async () => {
    const me = await signedIn();
    server().logLines.splice(0);
    const res = await call('GET', `/api/users/${me.id}`, { token: me.token, headers: { 'x-request-id': 'trace-1' } });
    expect(res.status).to.equal(200);
    const lines = server().logLines.filter((line) => line.reqId === 'trace-1');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({
      msg: 'request',
      method: 'GET',
      route: '/api/users/{id}',
      operationId: 'getUser',
      status: 200,
      userId: me.id,
      ip: '127.0.0.1',
    });
    expect(lines[0]!.durationMs).to.be.a('number');
  });

  it('logs errors with their status, and a request outside the contract without a route', async () => {
    expectError(await call('GET', '/api/users/1', { headers: { 'x-request-id': 'no-token' } }), 401, 'authentication_required');
    expectError(await call('GET', '/nowhere', { headers: { 'x-request-id': 'no-route' } }), 404, 'not_found');
    const byId = (id: string) => server().logLines.find((line) => line.reqId === id);
    expect(byId('no-token')).to.include({ status: 401, route: '/api/users/{id}', userId: null });
    expect(byId('no-route')).to.include({ status: 404, route: null, operationId: null });
  });

  it('never logs a password, a token or an Authorization header', async () => {
    const me = await signedIn({ password: 'correct horse battery staple' });
    await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { password: 'a new secret phrase', current_password: 'correct horse battery staple' } });
    const logged = JSON.stringify(server().logLines);
    for (const secret of ['correct horse battery staple', 'a new secret phrase', me.token, 'Bearer', 'Basic', 'authorization']) {
      expect(logged).to.not.include(secret);
    }
  });

  describe('behind a proxy', () => {
    for (const [trustProxy, expected] of [
      ['true', '203.0.113.7'],
      ['false', '127.0.0.1'],
    ] as const) {
      it(`with TRUST_PROXY=${trustProxy}, logs ${expected} as the client for X-Forwarded-For: 198.51.100.1, 203.0.113.7`, async () => {
        const proxied = await startServer({ TRUST_PROXY: trustProxy });
        try {
          // The first address is the client's own claim; the last is the one the proxy added.
          const res = await fetch(`${proxied.baseUrl}/api`, {
            headers: { accept: 'application/json', 'x-forwarded-for': '198.51.100.1, 203.0.113.7', 'x-request-id': 'via-proxy' },
          });
          expect(res.status).to.equal(200);
          expect(proxied.logLines.find((line) => line.reqId === 'via-proxy')).to.include({ ip: expected });
        } finally {
          await proxied.close();
        }
      });
    }
  });
});
