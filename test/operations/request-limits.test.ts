import { expect } from 'chai';
import { once } from 'node:events';
import { connect } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { call, expectError, outcomes } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';
import { byteByByte, rawExchange } from '../support/raw-http.js';
import { RATE_LIMITS_RAISED, serveApp, type ServedApp } from '../support/server.js';

/**
 * A client that writes its whole request before it reads anything, as
 * blocking clients do: the error its last write got (EPIPE, ECONNRESET), if
 * any, or else everything the server sent until it closed.
 */
async function writeAllThenRead(baseUrl: string, request: Buffer): Promise<{ written?: string; answer: string }> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  socket.pause();
  await once(socket, 'connect');
  const written = await new Promise<string | undefined>((resolve) => {
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.write(request, (error) => resolve(error ? ((error as NodeJS.ErrnoException).code ?? error.message) : undefined));
  });
  if (written) {
    socket.destroy();
    return { written, answer: '' };
  }
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.resume();
  await new Promise((resolve) => socket.once('close', resolve));
  return { answer: Buffer.concat(chunks).toString('utf8') };
}

const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 800;


describe('limits on what a client may send', function () {
  this.timeout(30_000);

  describe('when the request headers are too large', () => {
    it('answers 431 in JSON and closes the connection, and the next client is served', async () => {
      const me = await signedIn();
      const res = await rawExchange(server().baseUrl, {
        method: 'GET',
        path: '/api/me',
        chunks: [`GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`],
      });
      expectError(res, 431, 'headers_too_large');
      expect(res.body).to.deep.equal({ error: 'Request Header Fields Too Large', code: 'headers_too_large', message: 'the request headers are larger than 16384 bytes' });
      expect(res.headers.get('connection')).to.equal('close');
      expect(res.closedByServer).to.equal(true);
      expect((await call('GET', '/api/me', { token: me.token })).status).to.equal(200);
    });

    it('answers 400 in JSON to bytes that are not HTTP', async () => {
      const res = await rawExchange(server().baseUrl, { method: 'GET', path: '/api/me', chunks: ['GET /api/me HTTP/1.1\r\nBad Header Line\r\n\r\n'] });
      expectError(res, 400, 'malformed_request');
      expect((res.body as { message: string }).message).to.equal('the request is not valid HTTP/1.1');
      expect(res.closedByServer).to.equal(true);
    });

    it('logs the refusal with its request id, and nothing the client sent', async () => {
      const secret = 'a-secret-token-value';
      const res = await rawExchange(server().baseUrl, {
        method: 'GET',
        path: '/api/me',
        chunks: [`GET /api/me HTTP/1.1\r\nAuthorization: Bearer ${secret}\r\nX-Padding: ${'b'.repeat(20_000)}\r\n\r\n`],
      });
      expectError(res, 431, 'headers_too_large');
      const line = server().logLines.find((entry) => entry.reqId === res.headers.get('x-request-id'));
      expect(line).to.include({ msg: 'request refused', status: 431, code: 'HPE_HEADER_OVERFLOW' });
      expect(JSON.stringify(server().logLines)).to.not.include(secret);
    });
  });

  describe('when a client sends slowly', () => {
    let slow: ServedApp | undefined;
    beforeEach(async () => {
      const config = loadConfig({
        DATABASE_URL: 'sqlite::unused:',
        ...RATE_LIMITS_RAISED,
        BCRYPT_ROUNDS: '4',
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      });
      slow = await serveApp(config, server().database);
    });
    afterEach(async () => {
      await slow?.close();
      slow = undefined;
    });

    it('answers 408 to headers trickled in past HEADERS_TIMEOUT_MS, and closes the connection', async () => {
      const request = `GET /api/users HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'s'.repeat(200)}\r\n\r\n`;
      const res = await rawExchange(slow!.baseUrl, { method: 'GET', path: '/api/users', chunks: byteByByte(request), gapMs: 20 });
      expectError(res, 408, 'request_timeout');
      expect(res.body).to.deep.equal({ error: 'Request Timeout', code: 'request_timeout', message: 'the request was not received in time' });
      expect(res.closedByServer).to.equal(true);
      // Cut off well before the client had sent all it meant to.
      expect(res.chunksWritten).to.be.lessThan(request.length);
    });

    it('answers 408 to a body trickled in past REQUEST_TIMEOUT_MS, and writes nothing', async () => {
      const me = await signedIn();
      const body = JSON.stringify({ body: 'x'.repeat(300) });
      const head = `POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      const res = await rawExchange(slow!.baseUrl, { method: 'POST', path: '/api/posts', chunks: [head, ...byteByByte(body)], gapMs: 20 });
      expectError(res, 408, 'request_timeout');
      expect(res.closedByServer).to.equal(true);
      expect(res.chunksWritten).to.be.lessThan(body.length + 1);
      expect(await rowCount(server().db('posts'))).to.equal(0);
    });

    it('keeps serving others while twenty clients trickle, and lets every one of them go', async () => {
      const me = await signedIn();
      const trickling = Array.from({ length: 20 }, () =>
        rawExchange(slow!.baseUrl, { method: 'GET', path: '/api/users', chunks: byteByByte('GET /api/users HTTP/1.1\r\nHost: localhost\r\n'.padEnd(400, 'x')), gapMs: 25 }),
      );
      const meanwhile = await call('GET', '/api/me', { baseUrl: slow!.baseUrl, token: me.token });
      expect(meanwhile.status).to.equal(200);
      const answers = await Promise.all(trickling);
      expect(answers.map((res) => [outcomes([res])[0], res.closedByServer])).to.deep.equal(answers.map(() => ['408 request_timeout', true]));
    });

    it('still answers a request that is slow but within the limits', async () => {
      const me = await signedIn();
      const request = `GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nConnection: close\r\n\r\n`;
      // Five pieces, 50 ms apart: 200 ms in all, within the 400 ms for headers.
      const pieces = Array.from({ length: 5 }, (_, i) => request.slice((i * request.length) / 5, ((i + 1) * request.length) / 5));
      const res = await rawExchange(slow!.baseUrl, { method: 'GET', path: '/api/me', chunks: pieces, gapMs: 50 });
      expect(res.status).to.equal(200);
      expect((res.body as { id: number }).id).to.equal(me.id);
    });
  });

  describe('when a request is not one the HTTP parser takes', () => {
    it('answers an HTTP/1.1 request without Host with the JSON 400, every error header and a log line, and closes', async () => {
      const res = await rawExchange(server().baseUrl, { method: 'GET', path: '/api/health/live', chunks: ['GET /api/health/live HTTP/1.1\r\n\r\n'] });
      expectError(res, 400, 'malformed_request');
      expect(res.body).to.deep.equal({
        error: 'Bad Request',
        code: 'malformed_request',
        message: 'an HTTP/1.1 request must have a Host header',
        details: [{ in: 'header', field: 'Host', message: 'is required' }],
      });
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(res.headers.get('content-security-policy')).to.be.a('string');
      const requestId = res.headers.get('x-request-id');
      expect(requestId).to.be.a('string');
      expect(res.closedByServer).to.equal(true);
      expect(server().logLines.filter((line) => line.reqId === requestId).map((line) => line.status)).to.deep.equal([400]);
    });

    it('serves an HTTP/1.0 request without Host, which needs none', async () => {
      const res = await rawExchange(server().baseUrl, { method: 'GET', path: '/api/health/live', chunks: ['GET /api/health/live HTTP/1.0\r\n\r\n'] });
      expect(res.status).to.equal(200);
    });

    it('serves a request whose Expect it does not know, instead of a bare 417', async () => {
      const request = 'GET /api/health/live HTTP/1.1\r\nHost: localhost\r\nExpect: a-miracle\r\nConnection: close\r\n\r\n';
      const res = await rawExchange(server().baseUrl, { method: 'GET', path: '/api/health/live', chunks: [request] });
      expect(res.status).to.equal(200);
      expect(res.headers.get('x-request-id')).to.be.a('string');
    });
  });

  describe('when the body is too large or too deep', () => {
    it('lets a client that sends all of its 16 MB before it reads read its JSON 413, 20 times out of 20', async () => {
      const me = await signedIn();
      const size = 16 * 1024 * 1024;
      const head = `POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
      const request = Buffer.concat([Buffer.from(head), Buffer.alloc(size, 'x')]);
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        // As a blocking client does: the whole request written (a reset is EPIPE), then the answer read.
        const { written, answer } = await writeAllThenRead(server().baseUrl, request);
        outcomes.push(written ?? answer.split('\r\n')[0]!);
        if (!written) {
          const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
          expect(body).to.deep.equal({ error: 'Payload Too Large', code: 'body_too_large', message: 'the request body is larger than 65536 bytes' });
          expect(answer).to.match(/\r\nConnection: close\r\n/i);
        }
      }
      expect(outcomes).to.deep.equal(Array(20).fill('HTTP/1.1 413 Payload Too Large'));
      expect(await rowCount(server().db('posts'))).to.equal(0);
    });

    it('lets fetch send 16 MB and read the 413, where it used to fail with EPIPE', async () => {
      const me = await signedIn();
      for (let i = 0; i < 5; i++) {
        const res = await call('POST', '/api/posts', { token: me.token, body: Buffer.alloc(16 * 1024 * 1024, 'x'), headers: { 'content-type': 'application/json' } });
        expectError(res, 413, 'body_too_large');
      }
    });

    it('closes a connection that keeps sending after the 413, once the lingering time or size is spent', async () => {
      const me = await signedIn();
      const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
      const head = `POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
      const started = Date.now();
      // A megabyte every 100 ms: never silent for the idle second, and without end.
      const { hostname, port } = new URL(server().baseUrl);
      const socket = connect(Number(port), hostname);
      let received = '';
      socket.on('data', (data) => (received += data.toString('latin1')));
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.on('error', () => undefined);
      socket.write(head);
      const megabyte = chunk(Buffer.alloc(1024 * 1024, 'x'));
      const sender = setInterval(() => socket.writable && socket.write(megabyte), 100);
      await closed;
      clearInterval(sender);
      const seconds = (Date.now() - started) / 1000;
      expect(received).to.match(/^HTTP\/1\.1 413 /);
      expect(seconds).to.be.within(0.1, 8);
    });


    it('answers 413 from the declared length alone, before the body is sent, and closes the connection', async () => {
      const me = await signedIn();
      const head = `POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n`;
      // Only the first bytes of the ten million declared ever go out.
      const res = await rawExchange(server().baseUrl, { method: 'POST', path: '/api/posts', chunks: [head, '{"body": "', ...Array(50).fill('x'.repeat(1000))], gapMs: 10 });
      expectError(res, 413, 'body_too_large');
      expect(res.chunksWritten).to.be.lessThan(52);
      expect(res.closedByServer).to.equal(true);
      expect(await rowCount(server().db('posts'))).to.equal(0);
    });

    it('answers 413 to a chunked body once it passes the limit', async () => {
      const me = await signedIn();
      const chunk = (data: string) => `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;
      const head = `POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${me.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
      const res = await rawExchange(server().baseUrl, {
        method: 'POST',
        path: '/api/posts',
        chunks: [head, chunk('{"body": "'), ...Array(200).fill(chunk('x'.repeat(1000)))],
        gapMs: 2,
      });
      expectError(res, 413, 'body_too_large');
      expect(res.chunksWritten).to.be.lessThan(200);
      expect(res.closedByServer).to.equal(true);
      expect(await rowCount(server().db('posts'))).to.equal(0);
    });

    for (const [name, json] of [
      ['an array nested 30,000 deep', `${'['.repeat(30_000)}${']'.repeat(30_000)}`],
      ['an object nested 10,000 deep as the post body', `{"body": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`],
      ['thirty thousand numbers as the post body', `{"body": [${Array(30_000).fill(1).join(',')}]}`],
    ]) {
      it(`answers 400 to ${name}, and writes nothing`, async () => {
        const me = await signedIn();
        const res = await call('POST', '/api/posts', { token: me.token, body: json, headers: { 'content-type': 'application/json' } });
        expectError(res, 400, 'validation_failed');
        expect(await rowCount(server().db('posts'))).to.equal(0);
      });
    }
  });
});
