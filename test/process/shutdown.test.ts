import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';

/** `npm start`'s own process, on a fresh SQLite file and a free port. */
async function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited };
}

describe('the server process', function () {
  this.timeout(60_000);
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'microblog-process-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}, finishes the requests in flight, refuses new ones, and exits 0`, async () => {
      // bcrypt at cost 13 makes a login take long enough to be caught in flight.
      const { child, baseUrl, exited } = await startProcess({
        PORT: '0',
        DATABASE_URL: `sqlite:${path.join(scratch, 'db.sqlite')}`,
        BCRYPT_ROUNDS: '13',
      });
      const user = { username: 'slow', email: 'slow@example.com', password: 'pw' };
      const created = await fetch(`${baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      });
      expect(created.status).to.equal(201);

      const login = fetch(`${baseUrl}/api/tokens`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from('slow:pw').toString('base64')}` },
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill(signal);

      const answered = await login;
      expect(answered.status).to.equal(200);
      expect((await answered.json()).token).to.be.a('string');
      expect(await exited).to.equal(0);
      const refused = await fetch(`${baseUrl}/api`).catch((error: Error) => error);
      expect(refused).to.be.instanceOf(Error);
    });
  }
});
