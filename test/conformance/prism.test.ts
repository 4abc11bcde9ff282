import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import { server } from '../support/hooks.js';
import { runClientSession } from '../support/session.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Conformance seen from outside: Stoplight Prism, as a validating proxy in
 * front of the server, checks every request and response of a whole client
 * session against openapi.yaml, independently of our own checks.
 */
describe('through a Prism validation proxy', function () {
  this.timeout(120_000);
  let prism: ChildProcess;
  let output = '';
  let baseUrl: string;

  before(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const bin = path.resolve('node_modules/.bin/prism');
    prism = spawn(bin, ['proxy', 'openapi.yaml', server().baseUrl, '--host', '127.0.0.1', '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prism.stdout!.on('data', (chunk) => (output += chunk));
    prism.stderr!.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Prism is listening')) {
          clearInterval(timer);
          resolve();
        }
        if (prism.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`prism exited: ${output}`));
        }
      }, 100);
    });
  });

  after(() => {
    prism?.kill();
  });

  const violations = () => output.split('\n').filter((line) => line.includes('Violation'));

  it('reports no violation in a whole client session', async () => {
    output = '';
    await runClientSession(baseUrl);
    expect(output, 'prism saw the session').to.include('Forwarding "post" request');
    expect(violations()).to.deep.equal([]);
  });

  it('reports no response violation when the requests are wrong', async () => {
    output = '';
    const tries: [string, string, RequestInit?][] = [
      ['GET', '/api/users/424242'],
      ['GET', '/api/users'],
      ['POST', '/api/users', { body: '{"username": 5}', headers: { 'content-type': 'application/json' } }],
      ['POST', '/api/tokens', { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } }],
      ['GET', '/api/posts?page=0'],
    ];
    for (const [method, url, init] of tries) await fetch(`${baseUrl}${url}`, { method, ...init });
    expect(output).to.include('has returned 401');
    expect(violations().filter((line) => line.includes('Violation: response'))).to.deep.equal([]);
  });
});
