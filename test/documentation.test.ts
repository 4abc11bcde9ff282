import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { call, expectError } from './support/client.js';

const contract = parse(readFileSync('openapi.yaml', 'utf8'));

describe('finding your way', () => {
  describe('GET /api (the entry point)', () => {
    it('links a program to every top-level collection and resource', async () => {
      const res = await call('GET', '/api');
      expect(res.status).to.equal(200);
      expect(res.headers.get('vary')?.split(', ').sort()).to.deep.equal(['Accept', 'Accept-Encoding']);
      expect(res.body.version).to.equal(contract.info.version);
      for (const [name, link] of Object.entries(res.body._links as Record<string, string>)) {
        const path = link.split('?')[0]!;
        expect(contract.paths, `${name} → ${link}`).to.have.property(path);
      }
    });

    it('sends a browser to the documentation', async () => {
      const res = await call('GET', '/api', { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(res.status).to.equal(303);
      expect(res.headers.get('location')).to.equal('/api/docs');
      expect(res.text).to.equal('');
    });
  });

  describe('GET /', () => {
    it('is a page for people that leads to the documentation', async () => {
      const res = await call('GET', '/', { headers: { accept: 'text/html' } });
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^text\/html/);
      expect(res.text).to.include('url=/api/docs').and.include('href="/api/docs"');
    });
  });

  describe('GET /api/docs', () => {
    it('serves the documentation page, whose files are all served here (no CDN)', async () => {
      const page = await call('GET', '/api/docs', { headers: { accept: 'text/html' } });
      expect(page.status).to.equal(200);
      const files = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(files).to.have.length(4);
      for (const file of files) {
        expect(file, 'a file from elsewhere').to.match(/^\/api\/docs\//);
        const res = await call('GET', file);
        expect(res.status, file).to.equal(200);
        expect(res.text.length, file).to.be.greaterThan(100);
      }
    });

    it('answers 404 for a file the page does not have', async () => {
      const res = await call('GET', '/api/docs/secrets.txt');
      expectError(res, 404, 'not_found');
      const escape = await call('GET', '/api/docs/..%2F..%2Fpackage.json');
      expectError(escape, 400, 'validation_failed');
    });
  });
});
