import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { startServerProcess } from '../support/process.js';

describe('the production build (npm run build)', function () {
  this.timeout(120_000);
  let scratch: string;

  before(() => {
    execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
    scratch = mkdtempSync(path.join(tmpdir(), 'microblog-build-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('compiles the server, its migrations and seeds to plain JavaScript', () => {
    for (const file of ['dist/src/server.js', 'dist/src/cli/migrate.js', 'dist/migrations/20261125090000_users_followers_tokens.js', 'dist/seeds/demo.js']) {
      expect(existsSync(file), file).to.equal(true);
    }
  });

  it('runs without a TypeScript loader: migrates, serves the API, the contract and the docs', async () => {
    const server = await startServerProcess({ PORT: '0', DATABASE_URL: `sqlite:${path.join(scratch, 'db.sqlite')}` }, 'dist/src/server.js');
    try {
      const root = await fetch(`${server.baseUrl}/api`, { headers: { accept: 'application/json' } });
      expect(root.status).to.equal(200);
      const created = await fetch(`${server.baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'built', email: 'built@example.com', password: 'a-password' }),
      });
      expect(created.status).to.equal(201);
      const contract = await fetch(`${server.baseUrl}/api/openapi.yaml`);
      expect(await contract.text()).to.equal(readFileSync('openapi.yaml', 'utf8'));
      const docs = await fetch(`${server.baseUrl}/api/docs`);
      expect(docs.status).to.equal(200);
      expect(await docs.text()).to.include('<title>');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
    }
  });
});
