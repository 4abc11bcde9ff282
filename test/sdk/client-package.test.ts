import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { createMicroblogClient, MicroblogError, unwrap, type Tokens } from '../../client/src/index.js';
import { call, outcomes, seenResponse, type ApiResponse } from '../support/client.js';
import { registerUser } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { rowCount } from '../support/invariants.js';
import { RATE_LIMITS_RAISED, startServer, type RunningServer } from '../support/server.js';
import { withinOneWindow } from '../support/windows.js';

const run = promisify(execFile);

/**
 * What the client sent and got, as the network carried it: each response
 * checked against openapi.yaml as every test's are (seenResponse), kept in
 * order so that a test reads the client's whole exchange with outcomes()
 * ("401 token_expired", 200, …).
 */
function network(options: { loseFirstAnswerTo?: string } = {}) {
  const responses: ApiResponse[] = [];
  const requests: Request[] = [];
  let lost = false;
  const send = async (request: Request): Promise<Response> => {
    requests.push(request.clone());
    const response = await fetch(request);
    const url = new URL(request.url);
    responses.push(await seenResponse(request.method, url, response.clone()));
    if (!lost && options.loseFirstAnswerTo === `${request.method} ${url.pathname}`) {
      // The request reached the server and was done; its answer never reached the client.
      lost = true;
      throw new TypeError('fetch failed');
    }
    return response;
  };
  return { responses, requests, send };
}

let registered = 0;

/** A new user of the server at `baseUrl`, and a client logged in as them. */
async function signedUpClient(net: ReturnType<typeof network>, baseUrl = server().baseUrl, onTokens?: (tokens: Tokens) => void) {
  registered += 1;
  const user = { username: `partner${registered}`, password: `partner${registered}-pw` };
  const created = await call('POST', '/api/users', { baseUrl, json: { ...user, email: `partner${registered}@example.com` } });
  expect(created.status).to.equal(201);
  const client = createMicroblogClient({ baseUrl, fetch: net.send, onTokens });
  await client.login(user.username, user.password);
  return { user, client };
}

describe('the client package (client/), against the live server', () => {
  it('logs in, posts with an Idempotency-Key, pages through the feed by its next links, and throws typed errors', async () => {
    const net = network();
    const { client } = await signedUpClient(net);
    for (let i = 1; i <= 5; i++) await unwrap(client.api.POST('/api/posts', { body: { body: `post ${i}` } }));
    expect(net.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/posts')).every((r) => /^[\w-]{36}$/.test(r.headers.get('idempotency-key') ?? ''))).to.equal(true);
    net.responses.splice(0);
    const bodies: string[] = [];
    for await (const post of client.feed({ per_page: 2 })) bodies.push(post.body);
    expect(bodies).to.deep.equal(['post 5', 'post 4', 'post 3', 'post 2', 'post 1']);
    expect(outcomes(net.responses), 'three pages').to.deep.equal([200, 200, 200]);

    const missing = await unwrap(client.api.GET('/api/users/{id}', { params: { path: { id: 999_999 } } })).catch((error: unknown) => error);
    expect(missing).to.be.instanceOf(MicroblogError);
    expect(missing).to.include({ status: 404, code: 'user_not_found' });
    expect(outcomes(net.responses.slice(-1)), 'as the network carried it').to.deep.equal(['404 user_not_found']);
    expect((missing as MicroblogError).requestId).to.match(/^[\w-]+$/);
  });

  it('revalidates a GET with the ETag it kept, and answers the kept body on 304', async () => {
    const net = network();
    const { client, user } = await signedUpClient(net);
    net.responses.splice(0);
    const first = await unwrap(client.api.GET('/api/me'));
    const second = await unwrap(client.api.GET('/api/me'));
    expect(outcomes(net.responses)).to.deep.equal([200, 304]);
    expect(net.requests.at(-1)!.headers.get('if-none-match')).to.match(/^"[\w-]+"$/);
    expect(second).to.deep.equal(first);
    expect(second.username).to.equal(user.username);
  });

  it('sends a POST again after a network failure, with the same Idempotency-Key: one post, answered once', async () => {
    const net = network({ loseFirstAnswerTo: 'POST /api/posts' });
    const { client } = await signedUpClient(net);
    const post = await unwrap(client.api.POST('/api/posts', { body: { body: 'sent twice, written once' } }));
    const attempts = net.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/posts'));
    expect(attempts).to.have.length(2);
    expect(attempts[1]!.headers.get('idempotency-key')).to.equal(attempts[0]!.headers.get('idempotency-key'));
    expect(outcomes(net.responses.slice(-2))).to.deep.equal([201, 201]);
    expect(await rowCount(server().db('posts'))).to.equal(1);
    expect(post.body).to.equal('sent twice, written once');
  });

  it('refreshes an expired token once, tells the app the new pair, and goes on', async () => {
    const net = network();
    const kept: Tokens[] = [];
    const { client } = await signedUpClient(net, server().baseUrl, (tokens) => kept.push(tokens));
    const before = client.tokens!.token;
    await server().db('tokens').update({ expires_at: new Date(Date.now() - 1000) });
    net.responses.splice(0);
    const me = await unwrap(client.api.GET('/api/me'));
    expect(outcomes(net.responses), 'refused, refreshed, served').to.deep.equal(['401 token_expired', 200, 200]);
    expect(client.tokens!.token).to.not.equal(before);
    expect(kept.at(-1)).to.deep.equal(client.tokens);
    expect(me.id).to.be.a('number');
  });

  it('answers the typed error when the session is over and cannot be refreshed', async () => {
    const net = network();
    const { client } = await signedUpClient(net);
    await server().db('sessions').delete();
    net.responses.splice(0);
    const refused = await unwrap(client.api.GET('/api/me')).catch((error: unknown) => error);
    expect(outcomes(net.responses)).to.deep.equal(['401 token_invalid', '401 refresh_token_invalid']);
    expect(refused).to.include({ status: 401, code: 'token_invalid' });
  });

  describe('over a rate limit', () => {
    let limited: RunningServer | undefined;
    afterEach(async () => {
      await limited?.close();
      limited = undefined;
    });

    it('waits for Retry-After after a 429, then is served', async function () {
      this.timeout(20_000);
      limited = await startServer({ ...RATE_LIMITS_RAISED, RATE_LIMIT_CALLS_PER_TOKEN: '2/4' });
      const net = network();
      const { client } = await signedUpClient(net, limited.baseUrl);
      net.responses.splice(0);
      // The three calls in one window of the clock (windows.ts), so that the third is over the limit.
      await withinOneWindow(4, 1500);
      for (let i = 0; i < 3; i++) await unwrap(client.api.GET('/api/posts'));
      // Revalidated with the kept ETag each time (304), and counted all the same.
      expect(outcomes(net.responses)).to.deep.equal([200, 304, '429 rate_limited', 304]);
    });
  });
});

describe('the client package, as a partner installs it', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'microblog-client-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the contract\'s version', () => {
    const contract = readFileSync('openapi.yaml', 'utf8');
    const version = /^  version: (\S+)$/m.exec(contract)![1];
    expect(JSON.parse(readFileSync('client/package.json', 'utf8')).version).to.equal(version);
  });

  it('packs, installs into an empty folder, compiles a 10-line example with tsc --strict, and runs it', async () => {
    const { stdout } = await run('npm', ['pack', '--pack-destination', dir, '--json'], { cwd: 'client' });
    const tarball = path.join(dir, JSON.parse(stdout)[0].filename);
    const app = path.join(dir, 'app');
    await run('mkdir', ['-p', app]);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
    const user = await registerUser();
    writeFileSync(
      path.join(app, 'example.ts'),
      `import { createMicroblogClient, MicroblogError, unwrap } from '@microblog/client';
const client = createMicroblogClient({ baseUrl: '${server().baseUrl}' });
await client.login('${user.username}', '${user.password}');
const post = await unwrap(client.api.POST('/api/posts', { body: { body: 'Hello from a partner app' } }));
for await (const item of client.feed({ per_page: 10 })) console.log(item.author.username, item.body, item.id === post.id);
try {
  await unwrap(client.api.GET('/api/users/{id}', { params: { path: { id: 999999 } } }));
} catch (error) {
  if (error instanceof MicroblogError && error.code === 'user_not_found') console.log('no user 999999');
}
`,
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], outDir: 'out' }, files: ['example.ts'] }),
    );
    const compiled = await run(path.resolve('node_modules/.bin/tsc'), ['-p', app]).catch((error: { stdout: string }) => error);
    expect('stdout' in compiled ? compiled.stdout : '').to.equal('');
    const { stdout: output } = await run(process.execPath, [path.join(app, 'out', 'example.js')]);
    expect(output.trim().split('\n')).to.deep.equal([`${user.username} Hello from a partner app true`, 'no user 999999']);
  });
});
