import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { call } from '../support/client.js';
import { startServerProcess } from '../support/process.js';
import { scratchDatabase } from '../support/scratch-database.js';

const UNIT = 'deploy/systemd/microblog@.service';
const ENV_EXAMPLE = 'deploy/microblog.env.example';

/** KEY=value lines, as systemd's EnvironmentFile= reads them. */
function environmentFile(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.trim() && !line.trimStart().startsWith('#'));
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

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
      const { baseUrl } = server;
      expect((await call('GET', '/api', { baseUrl })).status).to.equal(200);
      const created = await call('POST', '/api/users', { baseUrl, json: { username: 'built', email: 'built@example.com', password: 'a-password' } });
      expect(created.status).to.equal(201);
      const contract = await call('GET', '/api/openapi.yaml', { baseUrl, headers: { accept: 'application/yaml' } });
      expect(contract.text).to.equal(readFileSync('openapi.yaml', 'utf8'));
      const docs = await call('GET', '/api/docs', { baseUrl, headers: { accept: 'text/html' } });
      expect(docs.status).to.equal(200);
      expect(docs.text).to.include('<title>');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
    }
  });

  it(`starts as ${UNIT} says, with the settings of ${ENV_EXAMPLE}`, async function () {
    const unit = readFileSync(UNIT, 'utf8');
    const [node, entry, ...rest] = /^ExecStart=(.+)$/m.exec(unit)![1]!.split(' ');
    expect(rest).to.deep.equal([]);
    expect(existsSync(node!), `${node} (ExecStart's node)`).to.equal(true);
    // The unit's Environment= lines (PORT from the instance name), and the file's.
    const fromUnit = Object.fromEntries([...unit.matchAll(/^Environment=(\w+)=(.*)$/gm)].map((match) => [match[1]!, match[2]!.replace('%i', '0')]));
    const fromFile = environmentFile(readFileSync(ENV_EXAMPLE, 'utf8'));
    expect(fromFile).to.not.have.property('PORT');
    expect(fromFile).to.include({ TRUST_PROXY: 'true', MIGRATE_ON_START: 'false', HOST: '127.0.0.1' });

    // Only the database is the test's own. It is migrated first, as the guide says, with the compiled migrator.
    const database = await scratchDatabase('unit');
    try {
      const migrated = execFileSync(node!, ['dist/src/cli/migrate.js'], { env: { ...process.env, DATABASE_URL: database.url }, encoding: 'utf8' });
      expect(migrated).to.include('migrate latest: done');
      const server = await startServerProcess({ ...fromUnit, ...fromFile, PORT: fromUnit.PORT!, DATABASE_URL: database.url, BCRYPT_ROUNDS: '4' }, entry);
      try {
        const ready = await call('GET', '/api/health/ready', { baseUrl: server.baseUrl });
        expect(ready.status).to.equal(200);
      } finally {
        server.child.kill('SIGTERM');
        expect(await server.exited).to.equal(0);
      }
    } finally {
      await database.drop();
    }
  });

  it(`has a unit that systemd-analyze verify accepts without a warning`, function () {
    let analyze: string;
    try {
      analyze = execFileSync('which', ['systemd-analyze'], { encoding: 'utf8' }).trim();
    } catch {
      console.warn('    systemd-analyze is not installed: skipping');
      return this.skip();
    }
    // verify wants an instance of a template unit.
    const instance = path.join(scratch, 'microblog@5000.service');
    writeFileSync(instance, readFileSync(UNIT));
    const result = spawnSync(analyze, ['verify', instance], { encoding: 'utf8' });
    expect(result.status).to.equal(0);
    expect(result.stderr + result.stdout).to.equal('');
  });
});
