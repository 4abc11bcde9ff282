import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { call } from '../support/client.js';
import { startServerProcess } from '../support/process.js';

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
      const { child, baseUrl, exited, output } = await startServerProcess({
        PORT: '0',
        DATABASE_URL: `sqlite:${path.join(scratch, 'db.sqlite')}`,
        BCRYPT_ROUNDS: '13',
      });
      const user = { username: 'slow', email: 'slow@example.com', password: 'pw' };
      const created = await call('POST', '/api/users', { baseUrl, json: user });
      expect(created.status).to.equal(201);

      const login = call('POST', '/api/tokens', { baseUrl, basic: user });
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill(signal);

      const answered = await login;
      expect(answered.status).to.equal(200);
      expect(answered.body.token).to.be.a('string');
      expect(await exited).to.equal(0);
      const refused = await fetch(`${baseUrl}/api`).catch((error: Error) => error);
      expect(refused).to.be.instanceOf(Error);
      // Every line it printed is JSON, flushed before it exited: start, each request, shutdown.
      const lines = output().trim().split('\n').map((line) => JSON.parse(line) as { msg: string; operationId?: string });
      expect(lines[0]!.msg).to.match(/^Microblog API listening on /);
      expect(lines.filter((line) => line.msg === 'request').map((line) => line.operationId)).to.deep.equal(['createUser', 'createToken']);
      const messages = lines.map((line) => (line.msg === 'request' ? line.operationId : line.msg));
      // The login in flight is answered, and logged, after the signal.
      expect(messages.slice(-2)).to.deep.equal([`${signal}: finishing requests in flight, then exiting`, 'createToken']);
    });
  }
});
