import { expect } from 'chai';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { call, expectError } from './support/client.js';
import { signedIn } from './support/fixtures.js';
import { server } from './support/hooks.js';
import { rawExchange } from './support/raw-http.js';

describe('HTTP behaviour outside the resources', () => {
  describe('the published contract', () => {
    it('serves openapi.yaml as written at /api/openapi.yaml', async () => {
      const res = await call('GET', '/api/openapi.yaml');
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^application\/yaml/);
      expect(res.text).to.equal(readFileSync('openapi.yaml', 'utf8'));
    });

    it('serves the same document as JSON at /api/openapi.json', async () => {
      const res = await call('GET', '/api/openapi.json');
      expect(res.status).to.equal(200);
      expect(res.body).to.deep.equal(parse(readFileSync('openapi.yaml', 'utf8')));
    });
  });

  describe('unknown URLs', () => {
    it('answers JSON 404 to an API client', async () => {
      const res = await call('GET', '/api/nothing-here');
      expectError(res, 404, 'not_found');
      expect(res.body).to.deep.equal({ error: 'Not Found', code: 'not_found', message: 'no resource at /api/nothing-here' });
    });

    it('answers JSON 404 when the client accepts anything', async () => {
      const res = await call('GET', '/nothing', { headers: { accept: '*/*' } });
      expectError(res, 404, 'not_found');
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
    });

    it('answers an HTML 404 page to a browser', async () => {
      const res = await call('GET', '/nothing', {
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      expect(res.status).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^text\/html/);
      expect(res.text).to.include('<h1>404 Not Found</h1>');
    });

    it('escapes the URL in the HTML page', async () => {
      // Sent raw: a client library would percent-encode the brackets, and
      // Koa's ctx.path is never decoded, so only a raw request brings markup
      // (and the quote and ampersand any client leaves alone) to the page.
      const path = "/<script>&'x";
      const res = await rawExchange(server().baseUrl, {
        method: 'GET',
        path,
        chunks: [`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n`],
      });
      expect(res.status).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^text\/html/);
      expect(res.text).to.include('no resource at /&#60;script&#62;&#38;&#39;x');
      expect(res.text).to.not.include('<script>');
    });
  });

  describe('methods a resource does not support', () => {
    for (const [method, path, allow] of [
      ['PATCH', '/api/users/1', 'HEAD, GET, PUT, DELETE'],
      ['DELETE', '/api/users', 'HEAD, GET, POST'],
      ['POST', '/api/users/1/followed/2', 'HEAD, GET, PUT, DELETE'],
      ['PATCH', '/api/posts/1', 'HEAD, GET, PUT, DELETE'],
      ['PUT', '/api/tokens', 'HEAD, GET, POST, DELETE'],
      ['GET', '/api/tokens/1', 'DELETE'],
      ['PUT', '/api/users/1/followers', 'HEAD, GET'],
    ]) {
      it(`answers ${method} ${path} with 405 and Allow: ${allow}`, async () => {
        const res = await call(method!, path!);
        expectError(res, 405, 'method_not_allowed');
        expect(res.headers.get('allow')).to.equal(allow);
        expect(res.body.error).to.equal('Method Not Allowed');
      });
    }
  });

  describe('OPTIONS', () => {
    it('answers with the methods a path supports, and no body', async () => {
      const res = await call('OPTIONS', '/api/users/1');
      expect(res.status).to.equal(200);
      expect(res.headers.get('allow')).to.equal('HEAD, GET, PUT, DELETE');
      expect(res.text).to.equal('');
    });

    it('answers 404 for a path outside the contract', async () => {
      expectError(await call('OPTIONS', '/api/nothing-here'), 404, 'not_found');
    });
  });

  describe('how a request is read', () => {
    it('decodes percent-encoded path parameters', async () => {
      const me = await signedIn();
      const encoded = [...String(me.id)].map((digit) => `%3${digit}`).join('');
      const res = await call('GET', `/api/users/${encoded}`, { token: me.token });
      expect(res.status).to.equal(200);
      expect(res.body.id).to.equal(me.id);
    });

    it('reads a path with a trailing slash as the same resource', async () => {
      const me = await signedIn();
      const res = await call('GET', `/api/users/${me.id}/`, { token: me.token });
      expect(res.status).to.equal(200);
      expect(res.body.id).to.equal(me.id);
    });

    it('answers 400 to a single-valued query parameter given twice', async () => {
      const me = await signedIn();
      const res = await call('GET', '/api/users?per_page=5&per_page=6', { token: me.token });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.deep.equal([{ in: 'query', field: 'per_page', message: 'must be integer' }]);
    });

    it('gives handlers typed parameters: a page size written as 5 is the integer 5', async () => {
      const me = await signedIn();
      const res = await call('GET', '/api/users?per_page=5', { token: me.token });
      expect(res.status).to.equal(200);
      expect(res.body._meta.per_page).to.equal(5);
    });
  });

  describe('malformed requests', () => {
    it('answers 400 to a path that is not valid percent-encoding', async () => {
      const me = await signedIn();
      const res = await call('GET', '/api/users/%E0%A4%A', { token: me.token });
      expectError(res, 400, 'validation_failed');
    });

    it('keeps an error within the contract when the body has a thousand unknown fields', async () => {
      const json = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`field${i}`, i]));
      const res = await call('POST', '/api/users', { json });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.have.length(50);
    });

    it('clips an echoed field name that is longer than the contract allows', async () => {
      const res = await call('POST', '/api/users', { json: { ['x'.repeat(5000)]: 1 } });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.find((d: { field?: string }) => d.field?.startsWith('xxx')).field).to.have.length(100);
    });

    it('clips an echoed URL in a 404', async () => {
      const res = await call('GET', `/api/${'y'.repeat(8000)}`);
      expectError(res, 404, 'not_found');
      expect(res.body.message.length).to.equal(4096);
    });

    it('ignores a body, even a large one, sent to an operation that takes none', async () => {
      const me = await signedIn();
      const res = await call('DELETE', '/api/tokens', { token: me.token, body: 'x'.repeat(100_000), headers: { 'content-type': 'text/plain' } });
      expect(res.status).to.equal(204);
    });
  });
});

describe('every operation', () => {
  // Unknown query parameters are refused, so every operation declares a 400.
  for (const [method, path] of [
    ['GET', '/api/users'],
    ['POST', '/api/users'],
    ['GET', '/api/users/1'],
    ['PUT', '/api/users/1'],
    ['GET', '/api/users/1/followers'],
    ['GET', '/api/users/1/followed'],
    ['GET', '/api/users/1/posts'],
    ['GET', '/api/users/1/followed/1'],
    ['PUT', '/api/users/1/followed/1'],
    ['DELETE', '/api/users/1/followed/1'],
    ['DELETE', '/api/users/1'],
    ['GET', '/api/me'],
    ['GET', '/api/posts'],
    ['POST', '/api/posts'],
    ['GET', '/api/posts/1'],
    ['PUT', '/api/posts/1'],
    ['DELETE', '/api/posts/1'],
    ['GET', '/api/feed'],
    ['POST', '/api/tokens'],
    ['DELETE', '/api/tokens'],
    ['GET', '/api/openapi.json'],
    ['GET', '/api/openapi.yaml'],
  ]) {
    it(`${method} ${path} answers an unknown query parameter with a declared 400`, async () => {
      const me = await signedIn();
      const auth = path === '/api/tokens' && method === 'POST' ? { basic: me } : { token: me.token };
      const json = path === '/api/users/1' && method === 'PUT' ? { about_me: 'x' } : method === 'PUT' || method === 'POST' ? { body: 'x' } : undefined;
      const res = await call(method!, `${path!.replaceAll('/1', `/${me.id}`)}?debug=1`, { ...auth, json });
      expectError(res, 400, 'validation_failed');
      expect(res.body.details).to.deep.include({ in: 'query', field: 'debug', message: 'is not a known parameter' });
    });
  }
});
