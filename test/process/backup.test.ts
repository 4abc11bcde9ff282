import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { call } from '../support/client.js';
import { cliProcess, migrateProcess, startServerProcess, type ServerProcess } from '../support/process.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';

const run = promisify(execFile);

/**
 * The backup and restore of deploy/README.md, taken while a server keeps
 * writing: SQLite with `npm run backup`, PostgreSQL with pg_dump and
 * pg_restore. The restored database must serve, and be consistent with
 * itself (each user's post count is the number of their posts in it).
 */
describe('backing up a live database and restoring it', function () {
  this.timeout(120_000);
  const sqlite = !process.env.TEST_DATABASE_URL;
  let live: ScratchDatabase;
  let restored: ScratchDatabase | undefined;
  let dir: string;
  const servers: ServerProcess[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'microblog-backup-'));
    live = await scratchDatabase('backup');
    if (!sqlite) await migrateProcess(live.url);
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await live.drop();
    await restored?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const serve = async (url: string) => {
    const server = await startServerProcess({ PORT: '0', DATABASE_URL: url, BCRYPT_ROUNDS: '4' });
    servers.push(server);
    return server.baseUrl;
  };

  it(`copies the database while a server writes to it, and the copy serves when restored (${sqlite ? 'npm run backup' : 'pg_dump, pg_restore'})`, async () => {
    const baseUrl = await serve(live.url);
    const created = await call('POST', '/api/users', { baseUrl, json: { username: 'kept', email: 'kept@example.com', password: 'kept-pw' } });
    const id = created.body.id as number;
    const { token } = (await call('POST', '/api/tokens', { baseUrl, basic: { username: 'kept', password: 'kept-pw' } })).body;
    const post = (i: number) => call('POST', '/api/posts', { baseUrl, token, json: { body: `post ${i}` } });
    for (let i = 0; i < 20; i++) expect((await post(i)).status).to.equal(201);

    // The backup runs while 40 more posts are being written.
    const writes = (async () => {
      for (let i = 20; i < 60; i++) expect((await post(i)).status).to.equal(201);
    })();
    const backup = path.join(dir, 'backup.sqlite');
    const dump = path.join(dir, 'backup.dump');
    if (sqlite) {
      const { stdout } = await cliProcess('backup', [backup], live.url);
      expect(stdout).to.match(/backed up .* to .*backup\.sqlite: \d+ pages, integrity check ok/);
    } else {
      await run('pg_dump', ['--format=custom', `--file=${dump}`, live.url]);
    }
    await writes;

    let restoredUrl = `sqlite:${backup}`;
    if (!sqlite) {
      restored = await scratchDatabase('restored');
      await run('pg_restore', ['--no-owner', `--dbname=${restored.url}`, dump]);
      restoredUrl = restored.url;
    }
    const copy = await serve(restoredUrl);
    // The token was in the database, so it works on the copy.
    const user = await call('GET', `/api/users/${id}`, { baseUrl: copy, token });
    expect(user.status).to.equal(200);
    expect(user.body.post_count).to.be.within(20, 60);
    const posts = await call('GET', `/api/users/${id}/posts`, { baseUrl: copy, token });
    expect(posts.body._meta.total_items).to.equal(user.body.post_count);
    // And the copy is a database of its own: writing to it leaves the live one alone.
    expect((await call('POST', '/api/posts', { baseUrl: copy, token, json: { body: 'after restore' } })).status).to.equal(201);
    expect((await call('GET', `/api/users/${id}`, { baseUrl, token })).body.post_count).to.equal(60);
  });

  if (sqlite) {
    it('refuses to overwrite a file, and says what to use for PostgreSQL', async () => {
      await serve(live.url);
      const taken = path.join(dir, 'taken.sqlite');
      await cliProcess('backup', [taken], live.url);
      const again = await cliProcess('backup', [taken], live.url).catch((error: { code: number; stderr: string }) => error);
      expect(again).to.include({ code: 1 });
      expect((again as { stderr: string }).stderr).to.include('exists: refusing to overwrite it');
      const onPostgres = await cliProcess('backup', [path.join(dir, 'x')], 'postgres://nobody@127.0.0.1:1/none').catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(onPostgres).to.include({ code: 2 });
      expect((onPostgres as { stderr: string }).stderr).to.include('pg_dump');
    });
  }
});
