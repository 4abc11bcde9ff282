import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { FLUSH_MS } from '../../src/limits/batched-counter.js';
import { call, expectError, requestParts, type RequestOptions } from '../support/client.js';
import { checkAgainstContract } from '../support/contract.js';
import { withinOneWindow } from '../support/windows.js';
import { httpsRequest, nginxInstalled, startNginx, type RunningNginx } from '../support/nginx.js';
import { migrateProcess, startServerProcess, type ServerProcess } from '../support/process.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';
import { StreamClient } from '../support/event-stream.js';
import { ensureRedis } from '../support/redis.js';

/**
 * The seed's layered, stateless system, proven: two instances on one
 * database behind Debian's nginx running deploy/nginx/microblog.conf, and a
 * whole client session through nginx over TLS.
 */
const TOKEN_BUDGET = 30;

describe('two instances behind nginx (deploy/nginx/microblog.conf)', function () {
  this.timeout(120_000);
  let database: ScratchDatabase;
  let instances: ServerProcess[] = [];
  let nginx: RunningNginx;

  before(async function () {
    if (!(await nginxInstalled())) {
      console.warn('    nginx is not installed (apt-get install nginx): skipping the proxy test');
      this.skip();
    }
    database = await scratchDatabase('nginx');
    // PostgreSQL is migrated by its operator; SQLite migrates itself at start.
    if (!database.url.startsWith('sqlite:')) await migrateProcess(database.url);
    // A small per-token budget, to show it is one budget across both instances.
    // Streams hear the other instance by NOTIFY on PostgreSQL; two SQLite processes need Redis for it.
    const redis: Record<string, string> = database.url.startsWith('sqlite:') ? { REDIS_URL: await ensureRedis() } : {};
    const env = { PORT: '0', DATABASE_URL: database.url, TRUST_PROXY: 'true', BCRYPT_ROUNDS: '4', RATE_LIMIT_CALLS_PER_TOKEN: `${TOKEN_BUDGET}/60`, ...redis };
    instances = [await startServerProcess(env), await startServerProcess(env)];
    const ports = instances.map((instance) => Number(new URL(instance.baseUrl).port)) as [number, number];
    nginx = await startNginx(ports);
  });

  after(async () => {
    await nginx?.stop();
    for (const instance of instances) instance.child.kill('SIGTERM');
    for (const instance of instances) await instance.exited;
    await database?.drop();
  });

  /** A request through nginx, over TLS, checked against the contract like every other. */
  async function viaNginx(method: string, path: string, options: RequestOptions = {}) {
    const url = new URL(path, nginx.httpsUrl);
    const { headers, body } = requestParts(options);
    const seen = await httpsRequest(url, { method, ca: nginx.ca, headers, body });
    checkAgainstContract(method, url, seen);
    return seen;
  }

  /** The JSON log lines an instance wrote for requests whose id starts with `prefix`. */
  function linesOf(instance: ServerProcess, prefix: string): Record<string, unknown>[] {
    return instance
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => typeof line.reqId === 'string' && line.reqId.startsWith(prefix));
  }

  /**
   * The instances' log lines for `prefix`, once there are `count` of them: a
   * line reaches the pipe a moment after its response reaches the client.
   */
  async function logged(prefix: string, count: number): Promise<Record<string, unknown>[][]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const lines = instances.map((instance) => linesOf(instance, prefix));
      if (lines.flat().length >= count || Date.now() > deadline) return lines;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('serves a whole session: any instance honours any token, counts and feeds agree, a revoked token fails on both', async () => {
    const ready = await viaNginx('GET', '/api/health/ready');
    expect(ready.status).to.equal(200);

    const register = async (username: string) => {
      const res = await viaNginx('POST', '/api/users', { json: { username, email: `${username}@example.com`, password: `${username}-pw` } });
      expect(res.status).to.equal(201);
      const login = await viaNginx('POST', '/api/tokens', { basic: { username, password: `${username}-pw` } });
      expect(login.status).to.equal(200);
      return { id: res.body.id as number, token: login.body.token as string };
    };
    const alice = await register('alice');
    const bob = await register('bob');

    // Round robin: the token one instance issued is honoured by both.
    for (let i = 0; i < 6; i++) {
      const me = await viaNginx('GET', '/api/me', { token: alice.token, headers: { 'x-request-id': `me-${i}` } });
      expect(me.status).to.equal(200);
      expect(me.body.id).to.equal(alice.id);
    }
    const served = (await logged('me-', 6)).map((lines) => lines.length);
    expect(served, 'requests each instance answered').to.satisfy((counts: number[]) => counts.every((n) => n > 0) && counts[0]! + counts[1]! === 6);
    for (const instance of instances) {
      expect((await call('GET', '/api/me', { baseUrl: instance.baseUrl, token: alice.token })).status).to.equal(200);
    }

    // Writes through nginx, reads from each instance: the same counts and the same feed.
    expect((await viaNginx('PUT', `/api/users/${alice.id}/followed/${bob.id}`, { token: alice.token })).status).to.equal(204);
    for (const body of ['one', 'two', 'three']) {
      expect((await viaNginx('POST', '/api/posts', { token: bob.token, json: { body } })).status).to.equal(201);
    }
    expect((await viaNginx('POST', '/api/posts', { token: alice.token, json: { body: 'mine' } })).status).to.equal(201);

    const bobs = await Promise.all(instances.map((instance) => call('GET', `/api/users/${bob.id}`, { baseUrl: instance.baseUrl, token: alice.token })));
    expect(bobs[0]!.body).to.include({ post_count: 3, follower_count: 1, followed_count: 0 });
    expect(bobs[1]!.body).to.deep.equal(bobs[0]!.body);
    const feeds = [
      ...(await Promise.all(instances.map((instance) => call('GET', '/api/feed', { baseUrl: instance.baseUrl, token: alice.token })))),
      await viaNginx('GET', '/api/feed', { token: alice.token }),
      await viaNginx('GET', '/api/feed', { token: alice.token }),
    ];
    expect(feeds[0]!.body.items.map((post: { body: string }) => post.body)).to.deep.equal(['mine', 'three', 'two', 'one']);
    for (const feed of feeds) expect(feed.body).to.deep.equal(feeds[0]!.body);

    // Revoked through one instance, refused at once by both, directly and through nginx.
    expect((await viaNginx('DELETE', '/api/tokens', { token: alice.token })).status).to.equal(204);
    for (const instance of instances) {
      expectError(await call('GET', '/api/me', { baseUrl: instance.baseUrl, token: alice.token }), 401, 'token_invalid');
    }
    for (let i = 0; i < 4; i++) expectError(await viaNginx('GET', '/api/me', { token: alice.token }), 401, 'token_invalid');
    // Bob's token, issued by either, still works.
    expect((await viaNginx('GET', '/api/me', { token: bob.token })).status).to.equal(200);
  });

  it('refreshes a session on one instance, and the other refuses the spent refresh token and the ended session at once', async () => {
    const account = { username: 'refresher', email: 'refresher@example.com', password: 'refresher-pw' };
    expect((await viaNginx('POST', '/api/users', { json: account })).status).to.equal(201);
    const [first, second] = instances;
    const login = await call('POST', '/api/tokens', { baseUrl: first!.baseUrl, basic: account });
    const refreshed = await call('POST', '/api/tokens/refresh', { baseUrl: first!.baseUrl, json: { refresh_token: login.body.refresh_token } });
    expect(refreshed.status).to.equal(200);
    expect((await call('GET', '/api/me', { baseUrl: second!.baseUrl, token: refreshed.body.token })).status).to.equal(200);
    // The spent one, sent to the other instance: refused, and the session ends on both.
    const reused = await call('POST', '/api/tokens/refresh', { baseUrl: second!.baseUrl, json: { refresh_token: login.body.refresh_token } });
    expectError(reused, 401, 'refresh_token_reused');
    for (const instance of instances) {
      expectError(await call('GET', '/api/me', { baseUrl: instance.baseUrl, token: refreshed.body.token }), 401, 'token_invalid');
    }
  });

  it('logs the address nginx saw, not the one a client claims, and one request id end to end', async () => {
    const res = await viaNginx('GET', '/api', { headers: { 'x-forwarded-for': '198.51.100.1', 'x-request-id': 'edge-1' } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('x-request-id')).to.equal('edge-1');
    const [line] = (await logged('edge-1', 1)).flat();
    expect(line).to.include({ ip: '127.0.0.1', route: '/api', status: 200 });
    // nginx writes its access log line once the response has gone.
    const edgeLine = /"GET \/api HTTP\/1\.1" 200 .* upstream=127\.0\.0\.1:\d+ request_id=edge-1\n/;
    for (let tries = 0; !edgeLine.test(nginx.accessLog()) && tries < 50; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(nginx.accessLog()).to.match(edgeLine);

    // No id, or one the API would not accept: nginx makes one, and the instance uses it.
    const minted = await viaNginx('GET', '/api', { headers: { 'x-request-id': 'two words' } });
    const id = minted.headers.get('x-request-id')!;
    expect(id).to.match(/^[0-9a-f]{32}$/);
    expect((await logged(id, 1)).flat()).to.have.length(1);
  });

  it('passes the instances\' compressed answers through as they are, tags and all', async () => {
    const { token } = await member('kim');
    for (const name of ['lee', 'max', 'ned']) await member(name);
    const direct = await call('GET', '/api/users?per_page=25', { baseUrl: instances[0]!.baseUrl, token, headers: { 'accept-encoding': 'identity' } });
    expect(direct.text.length).to.be.greaterThan(1024);
    for (const coding of ['br', 'gzip']) {
      const res = await viaNginx('GET', '/api/users?per_page=25', { token, headers: { 'accept-encoding': coding } });
      expect(res.headers.get('content-encoding')).to.equal(coding);
      expect(res.headers.get('vary')).to.include('Accept-Encoding');
      expect(res.headers.get('etag')).to.match(new RegExp(`-${coding}"$`));
      expect(res.body).to.deep.equal(direct.body);
    }
  });

  it('turns a body over the limit away at nginx with the API\'s own JSON 413', async () => {
    const me = await viaNginx('POST', '/api/users', { json: { username: 'carol', email: 'carol@example.com', password: 'carol-pw' } });
    expect(me.status).to.equal(201);
    const res = await viaNginx('POST', '/api/users', {
      json: { username: 'dave', email: 'dave@example.com', password: 'dave-pw', about_me: 'x'.repeat(100_000) },
      headers: { 'x-request-id': 'too-big' },
    });
    expect(res.status).to.equal(413);
    expect(res.body).to.deep.equal({ error: 'Payload Too Large', code: 'body_too_large', message: 'the request body is larger than 65536 bytes' });
    expect(res.headers.get('x-request-id')).to.equal('too-big');
    // It never reached an instance: the request just before it did, and has its line.
    expect((await logged(me.headers.get('x-request-id')!, 1)).flat()).to.have.length(1);
    expect(instances.flatMap((instance) => linesOf(instance, 'too-big'))).to.deep.equal([]);
  });

  it("turns a header over the API's limit away at nginx with the API's own JSON 431", async () => {
    const res = await viaNginx('GET', '/api/users', { headers: { 'x-request-id': 'long-header', 'x-padding': 'p'.repeat(20_000) } });
    expect(res.status).to.equal(431);
    expect(res.body).to.deep.equal({ error: 'Request Header Fields Too Large', code: 'headers_too_large', message: 'the request headers are larger than 16384 bytes' });
    expect(instances.flatMap((instance) => linesOf(instance, 'long-header'))).to.deep.equal([]);
    // A header a little under the API's limit passes through to an instance.
    const near = await viaNginx('GET', '/api/users', { headers: { 'x-padding': 'p'.repeat(12_000) } });
    expect(near.status).to.equal(401);
  });

  it("holds a token's rate limit across both instances: one budget, whichever answers", async () => {
    const user = { username: 'frank', password: 'frank-pw' };
    expect((await viaNginx('POST', '/api/users', { json: { ...user, email: 'frank@example.com' } })).status).to.equal(201);
    const { token } = (await viaNginx('POST', '/api/tokens', { basic: user })).body;
    const remaining: number[] = [];
    await withinOneWindow(60, TOKEN_BUDGET * 3 * FLUSH_MS + 5_000);
    for (let i = 0; i < TOKEN_BUDGET; i++) {
      const res = await viaNginx('GET', '/api/me', { token, headers: { 'x-request-id': `budget-${i}` } });
      expect(res.status).to.equal(200);
      remaining.push(Number(res.headers.get('ratelimit-remaining')));
      // Two flushes apart (README: each instance shares its counts every FLUSH_MS): one budget, whichever answers.
      await sleep(3 * FLUSH_MS);
    }
    // Counted down as one, though round robin split the calls between the instances: each
    // instance's first call of the token is decided before it has heard of the other's.
    expect(remaining.at(-1)).to.equal(0);
    expect(remaining.slice(2)).to.deep.equal(Array.from({ length: TOKEN_BUDGET - 2 }, (_, i) => TOKEN_BUDGET - 3 - i));
    expect((await logged('budget-', TOKEN_BUDGET)).map((lines) => lines.length > 0)).to.deep.equal([true, true]);
    for (let i = 0; i < 2; i++) {
      const over = await viaNginx('GET', '/api/me', { token });
      expect(over.status).to.equal(429);
      expect(Number(over.headers.get('retry-after'))).to.be.within(1, 60);
    }
  });

  it('redirects plain HTTP to HTTPS and tells browsers to stay there', async () => {
    const plain = await fetch(`${nginx.httpUrl}/api/users?page=2`, { redirect: 'manual' });
    expect(plain.status).to.equal(301);
    expect(plain.headers.get('location')).to.equal('https://127.0.0.1/api/users?page=2');
    const secure = await viaNginx('GET', '/api');
    expect(secure.headers.get('strict-transport-security')).to.equal('max-age=63072000');
  });

  /** A user registered through nginx, with a token. */
  async function member(name: string) {
    const user = { username: name, email: `${name}@example.com`, password: `${name}-pw` };
    const created = await viaNginx('POST', '/api/users', { json: user });
    const { token } = (await viaNginx('POST', '/api/tokens', { basic: user })).body;
    return { id: created.body.id as number, token: token as string };
  }
  const postIds = (client: StreamClient) => client.events.filter((e) => e.event === 'post').map((e) => (e.data as { id: number }).id);

  it('streams through nginx: a post written on either instance reaches the client within a second', async () => {
    const [gina, hugo] = [await member('gina'), await member('hugo')];
    expect((await viaNginx('PUT', `/api/users/${hugo.id}/followed/${gina.id}`, { token: hugo.token })).status).to.equal(204);
    const client = await StreamClient.opened(nginx.httpsUrl, hugo.token, {}, nginx.ca);
    try {
      for (const [n, instance] of instances.entries()) {
        const started = Date.now();
        const res = await call('POST', '/api/posts', { baseUrl: instance.baseUrl, token: gina.token, json: { body: `written on instance ${n}` } });
        await client.waitForEvents(n + 1, 1000);
        expect(Date.now() - started, `from instance ${n}`).to.be.below(1000);
        expect(postIds(client).at(-1)).to.equal(res.body.id);
      }
    } finally {
      client.close();
    }
  });

  // Last: it stops an instance.
  it('moves the streams of an instance that shuts down to the other, with Last-Event-ID, losing no event', async () => {
    const [iris, jack] = [await member('iris'), await member('jack')];
    expect((await viaNginx('PUT', `/api/users/${jack.id}/followed/${iris.id}`, { token: jack.token })).status).to.equal(204);
    // Two connections: round robin puts one on each instance.
    const first = [await StreamClient.opened(nginx.httpsUrl, jack.token, {}, nginx.ca), await StreamClient.opened(nginx.httpsUrl, jack.token, {}, nginx.ca)];
    const write = async (body: string) => (await viaNginx('POST', '/api/posts', { token: iris.token, json: { body } })).body.id as number;
    const posts = [await write('before')];
    for (const client of first) await client.waitForEvents(1);

    instances[0]!.child.kill('SIGTERM');
    await instances[0]!.exited;
    const moved = first.filter((client) => client.hasEnded);
    expect(moved, 'the stream that was on the stopped instance ended').to.have.length(1);
    expect(moved[0]!.retry, 'with a retry hint').to.be.a('number');
    posts.push(await write('while it reconnects'));
    // As EventSource does: again, with the id of the last event it had.
    const again = await StreamClient.opened(nginx.httpsUrl, jack.token, { 'Last-Event-ID': String(moved[0]!.events.at(-1)!.id) }, nginx.ca);
    try {
      await again.waitForEvents(1);
      posts.push(await write('after'));
      await again.waitForEvents(2);
      await first.find((client) => !client.hasEnded)!.waitForEvents(3);
      expect([...postIds(moved[0]!), ...postIds(again)], 'the moved stream: every post once, in order').to.deep.equal(posts);
      expect(postIds(first.find((client) => !client.hasEnded)!), 'the stream that stayed').to.deep.equal(posts);
    } finally {
      again.close();
      for (const client of first) client.close();
    }
  });
});
