import { expect } from 'chai';
import fc from 'fast-check';
import { call, expectError, type ApiResponse } from '../support/client.js';
import { uncheckedErrors } from '../support/checked-errors.js';
import { registerUser, tokenFor, writePost } from '../support/fixtures.js';
import { buildRequest, fuzzCase, type FuzzRequest, type World } from '../support/fuzz.js';
import { server } from '../support/hooks.js';
import { emptyDatabase } from '../support/server.js';
import { countMismatches } from '../support/invariants.js';

/**
 * Contract fuzzing: requests generated from openapi.yaml for every operation,
 * valid and broken, sent by real users with real tokens (and revoked,
 * expired and made-up ones), ids and posts. Every
 * answer must be a status the operation declares, with headers and a body
 * that match the contract (the client checks each one), and never a 5xx; a
 * valid request is never refused as invalid, and a broken one never
 * accepted. After each property, every count still equals its rows.
 *
 * `npm test` runs a short pass; `npm run fuzz` a long one (FUZZ_RUNS). A
 * failure prints its seed and path: FUZZ_SEED=… FUZZ_PATH=… replays it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;

/**
 * Refusals a request can earn while matching every schema: rules the
 * schemas cannot say, each for the operations it belongs to (any, when none
 * are named).
 */
const SEMANTIC_REFUSALS: { rule: RegExp; operations?: string[] }[] = [
  { rule: /^is taken$/ }, // usernames and emails are unique
  { rule: /^must not be your own id$/, operations: ['followUser', 'sendMessage'] }, // following or writing to yourself; unfollowing yourself is a 204
  { rule: /^must be at most 72 bytes as UTF-8$/ }, // bcrypt's limit, in bytes, for a password the schema counts in characters
  { rule: /^must be at most 280 characters$/ }, // a post's body once trimmed
  { rule: /^is required with password$/ },
  { rule: /^is incorrect$/ }, // current_password
  { rule: /^needs password$/ },
  { rule: /^cannot be combined with \w+( or \w+)*$/ }, // page, before, after (and since): one way to a page at a time
  { rule: /^names no post$/, operations: ['createPost'] }, // a reply to a post that is not there
  { rule: /^must hold a letter or a digit$/, operations: ['listPosts'] }, // a search of punctuation alone
];

/** Operations whose success spoils the world: a user gone, a password changed, a token revoked. */
const SPOILERS = new Set(['deleteUser', 'updateUser', 'revokeToken', 'deleteSession', 'refreshToken']);

async function buildWorld(): Promise<World> {
  await emptyDatabase(server().db);
  const alice = await registerUser({ username: 'alice', email: 'alice@example.com', password: 'alice-password' });
  const bob = await registerUser({ username: 'bob', email: 'bob@example.com', password: 'bob-password' });
  const login = async (user: { username: string; password: string }) => {
    const res = await call('POST', '/api/tokens', { basic: user });
    expect(res.status).to.equal(200);
    const { session_id: sessionId } = await server().db('tokens').where({ id: (await server().db('tokens').max({ id: 'id' }).first())!.id }).first('session_id');
    return { token: res.body.token as string, refreshToken: res.body.refresh_token as string, sessionId: sessionId as number };
  };
  const aliceSession = await login(alice);
  const bobSession = await login(bob);
  const aliceToken = aliceSession.token;
  const bobToken = bobSession.token;
  const revokedToken = await tokenFor(alice);
  expect((await call('DELETE', '/api/tokens', { token: revokedToken })).status).to.equal(204);
  // Issued, then aged past its expiry in the database.
  const expiredToken = await tokenFor(alice);
  const newest = await server().db('tokens').max({ id: 'id' }).first();
  await server().db('tokens').where({ id: newest!.id }).update({ expires_at: new Date(Date.now() - 1000) });
  expectError(await call('GET', '/api/me', { token: expiredToken }), 401, 'token_expired');
  const alicePost = await writePost({ token: aliceToken }, 'a post by alice');
  const bobPost = await writePost({ token: bobToken }, 'a post by bob');
  expect((await call('PUT', `/api/users/${bob.id}/followed/${alice.id}`, { token: bobToken })).status).to.equal(204);
  return {
    alice: { ...alice, ...aliceSession, postId: alicePost },
    bob: { ...bob, ...bobSession, postId: bobPost },
    revokedToken,
    expiredToken,
  };
}

/** What the fuzzer sent and got, for the closing summary. */
const tally = { requests: 0, valid: 0, broken: 0, byStatus: new Map<number, number>() };

async function send(request: FuzzRequest): Promise<ApiResponse> {
  tally.requests += 1;
  tally[request.valid ? 'valid' : 'broken'] += 1;
  // call() checks status, headers and body against openapi.yaml.
  const res = await call(request.method, request.path, { headers: request.headers, body: request.body });
  // No single expected code for a random request: judge() checks its status,
  // and call() that the code is one the contract documents for that status.
  uncheckedErrors().delete(res);
  tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);
  return res;
}

/** The server's MAX_HEADER_BYTES, and what fetch adds of its own (host, connection, user-agent, encodings). */
const MAX_HEADER_BYTES = 16_384;
const FETCH_OWN_HEADER_BYTES = { least: 50, most: 400 };

function judge(request: FuzzRequest, res: ApiResponse): void {
  const where = `${request.description}\n${request.method} ${request.path.slice(0, 300)}\n${request.body?.toString().slice(0, 300) ?? ''}\n→ ${res.status} ${res.text.slice(0, 300)}`;
  expect(server().unexpectedErrors.splice(0), `unexpected server errors for ${where}`).to.deep.equal([]);
  expect(res.status, `no 5xx: ${where}`).to.be.below(500);
  // Headers too large are refused before anything else is read.
  if (request.headBytes + FETCH_OWN_HEADER_BYTES.least > MAX_HEADER_BYTES) {
    expect(res.status, `oversized headers: ${where}`).to.equal(431);
    return;
  }
  if (request.headBytes + FETCH_OWN_HEADER_BYTES.most > MAX_HEADER_BYTES && res.status === 431) return;
  expect(res.status, `headers within the limit: ${where}`).to.not.equal(431);
  if (!request.authenticated) {
    // Credentials are checked first: the answer is 401, whatever else is wrong.
    expect(res.status, `bad credentials are refused: ${where}`).to.equal(401);
    return;
  }
  if (request.valid) {
    expect([401, 413, 415], `a valid request with live credentials: ${where}`).to.not.include(res.status);
    if (res.status === 400) {
      const reasons = (res.body.details ?? []).map((d: { message: string }) => d.message);
      expect(reasons.length, `a 400 to a valid request names its rule: ${where}`).to.be.greaterThan(0);
      for (const reason of reasons) {
        const known = SEMANTIC_REFUSALS.some(({ rule, operations }) => rule.test(reason) && (!operations || operations.includes(request.operationId)));
        expect(known, `a valid request refused as invalid (${reason}): ${where}`).to.equal(true);
      }
    }
    return;
  }
  expect(res.status, `a broken request is refused: ${where}`).to.be.within(400, 499);
  if (request.mediaTypeRefused) expect(res.status, `a media type the contract does not declare: ${where}`).to.equal(415);
  // A 400 says where the problem is: the part that was broken, and the field or parameter.
  if (res.status === 400 && request.brokenAt) {
    const { in: part, field } = request.brokenAt;
    const details: { in: string; field?: string }[] = res.body.details ?? [];
    const named = details.some((d) => d.in === part && (field === undefined || d.field?.toLowerCase() === field.toLowerCase()));
    expect(named, `the 400 names ${part}${field ? ` ${field}` : ''}: ${where}`).to.equal(true);
  }
}

/** The operations that store text, and where to read back what they stored. */
const STORED: Record<string, (res: ApiResponse) => { path: string; fields: string[] }> = {
  createPost: (res) => ({ path: `/api/posts/${res.body.id}`, fields: ['body'] }),
  updatePost: (res) => ({ path: `/api/posts/${res.body.id}`, fields: ['body'] }),
  sendMessage: (res) => ({ path: `/api/messages/${res.body.id}`, fields: ['body'] }),
  createUser: (res) => ({ path: `/api/users/${res.body.id}`, fields: ['username', 'about_me'] }),
  updateUser: (res) => ({ path: `/api/users/${res.body.id}`, fields: ['username', 'about_me', 'email'] }),
};

/** What a write acknowledged is what a read returns: text is stored exactly, on either database. */
async function readBack(request: FuzzRequest, res: ApiResponse, world: World): Promise<void> {
  const stored = STORED[request.operationId];
  if (!stored || res.status >= 300) return;
  const { path, fields } = stored(res);
  const reader = request.operationId === 'updateUser' && res.body.id === world.bob.id ? world.bob : world.alice;
  const read = await call('GET', path, { token: reader.token });
  if (read.status === 401) return; // the write changed the reader's password: its token is gone
  expect(read.status, `read back ${path} after ${request.description}`).to.equal(200);
  for (const field of fields) {
    if (field in res.body) expect(read.body[field], `${field} as stored, after ${request.description}`).to.equal(res.body[field]);
  }
}

describe('contract fuzzing: generated requests for every operation', function () {
  this.timeout(Math.max(60_000, RUNS * 200));

  after(() => {
    const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    console.log(`      fuzzed ${tally.requests} requests (${tally.valid} valid, ${tally.broken} broken); ${statuses.join(', ')}`);
  });

  it(`answers ${RUNS} generated requests within the contract, refusing exactly the broken ones`, async () => {
    let world = await buildWorld();
    let spoiled = false;
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (fuzz) => {
        if (spoiled) {
          world = await buildWorld();
          spoiled = false;
        }
        const request = buildRequest(fuzz, world);
        const res = await send(request);
        if (SPOILERS.has(request.operationId) && res.status < 300) spoiled = true;
        judge(request, res);
        await readBack(request, res, world);
      }),
      { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: PATH === undefined ? false : true },
    );
    expect(await countMismatches(server().db), 'counts that no longer equal their rows').to.deep.equal([]);
  });
});
