import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { FLUSH_MS } from '../../src/limits/batched-counter.js';
import { call, expectError, outcomes } from '../support/client.js';
import { withinOneWindow } from '../support/windows.js';
import { serversOnScratchDatabase } from '../support/process.js';
import { RATE_LIMITS_RAISED, startServer, type RunningServer } from '../support/server.js';

/** A server of its own with the suite's raised limits, except those given. */
async function limited(limits: Record<string, string>): Promise<RunningServer> {
  return startServer({ ...RATE_LIMITS_RAISED, ...limits });
}

async function register(baseUrl: string, username: string) {
  const res = await call('POST', '/api/users', { baseUrl, json: { username, email: `${username}@example.com`, password: `${username}-pw` } });
  expect(res.status, res.text).to.equal(201);
  return { username, password: `${username}-pw`, id: res.body.id as number };
}

const budget = (res: { headers: Headers }) => ({
  limit: res.headers.get('ratelimit-limit'),
  remaining: res.headers.get('ratelimit-remaining'),
  policy: res.headers.get('ratelimit-policy'),
});

describe('rate limits', function () {
  this.timeout(60_000);
  let api: RunningServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('limits logins per client address, counting every attempt, and says how many are left', async () => {
    api = await limited({ RATE_LIMIT_LOGINS_PER_ADDRESS: '3/60' });
    const alice = await register(api.baseUrl, 'alice');
    const attempts = [];
    for (let i = 0; i < 3; i++) attempts.push(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: i === 1 ? { ...alice, password: 'wrong' } : alice }));
    expect(outcomes(attempts)).to.deep.equal([200, '401 credentials_invalid', 200]);
    expect(attempts.map(budget)).to.deep.equal([
      { limit: '3', remaining: '2', policy: '3;w=60' },
      { limit: '3', remaining: '1', policy: '3;w=60' },
      { limit: '3', remaining: '0', policy: '3;w=60' },
    ]);
    const refused = await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: alice });
    expectError(refused, 429, 'rate_limited');
    expect(refused.body.message).to.match(/^too many logins from this address; try again in \d+ s$/);
    expect(Number(refused.headers.get('retry-after'))).to.be.within(1, 60);
    expect(budget(refused)).to.deep.equal({ limit: '3', remaining: '0', policy: '3;w=60' });
  });

  it('locks a username after its failed logins, even for the right password, and only that username', async () => {
    api = await limited({ RATE_LIMIT_FAILED_LOGINS_PER_USERNAME: '2/60' });
    const alice = await register(api.baseUrl, 'alice');
    const bob = await register(api.baseUrl, 'bob');
    for (const guess of ['one', 'two']) {
      expectError(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { username: 'alice', password: guess } }), 401, 'credentials_invalid');
    }
    // Usernames are case-insensitive: so is the count.
    const locked = await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { ...alice, username: 'ALICE' } });
    expectError(locked, 429, 'rate_limited');
    expect(locked.body.message).to.match(/^too many failed logins for this username; try again in \d+ s$/);
    expect((await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: bob })).status).to.equal(200);
    // An unknown username is counted the same way, so the answers tell nothing about who exists.
    for (let i = 0; i < 2; i++) {
      expectError(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { username: 'nobody', password: 'x' } }), 401, 'credentials_invalid');
    }
    expectError(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { username: 'nobody', password: 'x' } }), 429, 'rate_limited');
  });

  it('forgives a username its failed logins once it logs in', async () => {
    api = await limited({ RATE_LIMIT_FAILED_LOGINS_PER_USERNAME: '2/60' });
    const carol = await register(api.baseUrl, 'carol');
    expectError(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { ...carol, password: 'typo' } }), 401, 'credentials_invalid');
    expect((await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: carol })).status).to.equal(200);
    for (let i = 0; i < 2; i++) {
      expectError(await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { ...carol, password: 'typo' } }), 401, 'credentials_invalid');
    }
  });

  it('limits registrations per client address, creating nothing past the limit', async () => {
    api = await limited({ RATE_LIMIT_REGISTRATIONS_PER_ADDRESS: '2/3600' });
    await register(api.baseUrl, 'first');
    await register(api.baseUrl, 'second');
    const third = await call('POST', '/api/users', { baseUrl: api.baseUrl, json: { username: 'third', email: 'third@example.com', password: 'pw-third' } });
    expectError(third, 429, 'rate_limited');
    expect(budget(third)).to.deep.equal({ limit: '2', remaining: '0', policy: '2;w=3600' });
    const { token } = (await call('POST', '/api/tokens', { baseUrl: api.baseUrl, basic: { username: 'first', password: 'first-pw' } })).body;
    expect((await call('GET', '/api/users', { baseUrl: api.baseUrl, token })).body._meta.total_items).to.equal(2);
  });

  it('limits authenticated calls per token; another token has its own budget', async () => {
    api = await limited({ RATE_LIMIT_CALLS_PER_TOKEN: '3/60' });
    const dave = await register(api.baseUrl, 'dave');
    await withinOneWindow(60, 5_000);
    const tokenOf = async () => (await call('POST', '/api/tokens', { baseUrl: api!.baseUrl, basic: dave })).body.token as string;
    const [phone, laptop] = [await tokenOf(), await tokenOf()];
    const calls = [];
    for (let i = 0; i < 3; i++) calls.push(await call('GET', '/api/me', { baseUrl: api.baseUrl, token: phone }));
    expect(calls.map((res) => [res.status, res.headers.get('ratelimit-remaining')])).to.deep.equal([
      [200, '2'],
      [200, '1'],
      [200, '0'],
    ]);
    const over = await call('GET', `/api/users/${dave.id}`, { baseUrl: api.baseUrl, token: phone });
    expectError(over, 429, 'rate_limited');
    expect(over.body.message).to.match(/^too many requests with this token/);
    expect((await call('GET', '/api/me', { baseUrl: api.baseUrl, token: laptop })).status).to.equal(200);
    // No token, no budget: nothing is counted, and nothing is said.
    const anonymous = await call('GET', '/api/me', { baseUrl: api.baseUrl });
    expectError(anonymous, 401, 'authentication_required');
    expect(anonymous.headers.get('ratelimit-limit')).to.equal(null);
  });

  it('does not limit the documents everyone may read', async () => {
    api = await limited({ RATE_LIMIT_CALLS_PER_TOKEN: '1/60', RATE_LIMIT_LOGINS_PER_ADDRESS: '1/60' });
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/openapi.json', { baseUrl: api.baseUrl });
      expect(res.status).to.equal(200);
      expect(res.headers.get('ratelimit-limit')).to.equal(null);
    }
  });

  describe('across two server processes on one database', () => {
    const database = serversOnScratchDatabase('rate_limits');

    /** Two processes allowing 6 calls a minute per token, and a token, with the next 8 s in one window. */
    async function twoProcessesAndAToken(username: string) {
      const env = { RATE_LIMIT_CALLS_PER_TOKEN: '6/60' };
      const [one, two] = [(await database.start(env)).baseUrl, (await database.start(env)).baseUrl];
      const user = await register(one, username);
      const { token } = (await call('POST', '/api/tokens', { baseUrl: two, basic: user })).body;
      await withinOneWindow(60, 8_000);
      return { one, two, token: token as string };
    }

    it('holds one budget per token, whichever process answers, for calls spaced past two flushes', async () => {
      const { one, two, token } = await twoProcessesAndAToken('erin');
      const answers = [];
      for (let i = 0; i < 8; i++) {
        answers.push(await call('GET', '/api/me', { baseUrl: i % 2 ? two : one, token }));
        await sleep(3 * FLUSH_MS);
      }
      // Each process saw four calls; together they were eight, and the limit is six.
      expect(outcomes(answers)).to.deep.equal([200, 200, 200, 200, 200, 200, '429 rate_limited', '429 rate_limited']);
    });

    it('lets a burst through both processes at most twice the limit (README), and both refuse once they have flushed', async () => {
      const { one, two, token } = await twoProcessesAndAToken('gina');
      const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => call('GET', '/api/me', { baseUrl: i % 2 ? two : one, token })));
      const served = burst.filter((res) => res.status === 200).length;
      expect(served).to.be.within(6, 12);
      expect(new Set(outcomes(burst.filter((res) => res.status !== 200)))).to.deep.equal(new Set(['429 rate_limited']));
      await sleep(3 * FLUSH_MS);
      for (const baseUrl of [one, two]) expectError(await call('GET', '/api/me', { baseUrl, token }), 429, 'rate_limited');
    });
  });
});
