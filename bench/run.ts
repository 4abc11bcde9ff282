/**
 * `npm run bench [-- --scale] [-- --duration 8] [-- --connections 32]`
 *
 * Builds the server (npm run build) and starts the compiled server, as
 * production runs it, as its own process on a fresh, bulk-seeded database
 * (SQLite, or the PostgreSQL that DATABASE_URL names), starts a bare Koa
 * ceiling beside it, loads both with autocannon from this process, and prints
 * req/s, p50, p99, non-2xx and the server's peak RSS for each endpoint, with
 * every rate as a ratio to the ceiling measured just before it. On SQLite it
 * also measures the floor (bench/floor.ts: the same answer written by hand)
 * for GET /api/users/{id} and the users page, beside each. Writes the
 * same as JSON under results/. With --scale it measures the same endpoints
 * at 1x and 10x the data and prints each pair's ratio. With --streams it
 * measures live streams instead (see measureStreams).
 */
import autocannon from 'autocannon';
import http from 'node:http';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/data/db.js';
import { migrateToLatest, rollbackAll } from '../src/data/migrator.js';
import { BatchedCounter } from '../src/limits/batched-counter.js';
import { Metrics } from '../src/metrics.js';

const { values: options } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    streams: { type: 'boolean', default: false },
    'stream-count': { type: 'string', default: '1000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
  },
});
const DURATION = Number(options.duration);
const CONNECTIONS = Number(options.connections);
const RESULTS = 'results';
const DATABASE_URL = process.env.DATABASE_URL ?? `sqlite:${RESULTS}/bench.sqlite`;
const BASE_SIZES = { users: 10_000, posts: 100_000, follows: 200_000 };

interface Measurement {
  name: string;
  requestsPerSecond: number;
  /** CPU time (user + system) the measured process spent per answered request, in microseconds. */
  cpuUsPerRequest: number;
  p50: number;
  p99: number;
  non2xx: number;
  peakRssMb: number;
  /** The ceiling's req/s measured just before this endpoint, and this rate as a share of it. */
  ceilingRequestsPerSecond?: number;
  ofCeiling?: number;
  /** The ceiling's CPU per request, answering a document of this endpoint's size, and this endpoint's CPU as a multiple of it. */
  ceilingCpuUsPerRequest?: number;
  cpuOfCeiling?: number;
  /** The floor's CPU per request for the same answer (bench/floor.ts, SQLite only), and this endpoint's CPU as a multiple of it. */
  floorCpuUsPerRequest?: number;
  cpuOfFloor?: number;
}

/** Clock ticks a second, for /proc's CPU times (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

const basic = (user: string) => `Basic ${Buffer.from(`${user}:bench-password`).toString('base64')}`;

async function prepareDatabase(scale: number) {
  if (DATABASE_URL.startsWith('sqlite:')) {
    for (const suffix of ['', '-wal', '-shm', '-ratelimits', '-ratelimits-wal', '-ratelimits-shm']) rmSync(DATABASE_URL.slice(7) + suffix, { force: true });
  }
  const db = openDatabase(DATABASE_URL);
  try {
    await rollbackAll(db);
    await migrateToLatest(db);
    process.env.BENCH_USERS = String(BASE_SIZES.users * scale);
    process.env.BENCH_POSTS = String(BASE_SIZES.posts * scale);
    process.env.BENCH_FOLLOWS = String(BASE_SIZES.follows * scale);
    const started = Date.now();
    await db.knex.seed.run({ directory: 'seeds/bench', loadExtensions: ['.ts'] });
    console.log(`seeded ${scale}x (${process.env.BENCH_USERS} users, ${process.env.BENCH_POSTS} posts, ~${process.env.BENCH_FOLLOWS} follows) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await closeDatabase(db);
  }
}

/** Starts a Node process (a .ts script through tsx) and waits until it prints `ready`. */
async function start(script: string, env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const args = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(ready) && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function load(
  name: string,
  pid: number,
  request: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  connections = CONNECTIONS,
): Promise<Measurement> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ ...request, connections, duration: DURATION });
  const cpu = cpuSeconds(pid) - cpuBefore;
  clearInterval(sampler);
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    cpuUsPerRequest: Math.round((cpu * 1e6) / Math.max(1, result.requests.total)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    peakRssMb: Math.round(peak),
  };
}

/** The bytes of an answer's body as sent (fetch would decode it). */
function wireBytes(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * The server as production runs it: compiled (npm run build), no TypeScript
 * loader, production settings (and `env`), except the per-token and
 * per-address rate limits: the load is a few clients making thousands of
 * requests each. They are still counted, as in production.
 */
async function startBenchServer(env: Record<string, string> = {}) {
  const port = 5100;
  const limits = {
    RATE_LIMIT_LOGINS_PER_ADDRESS: '100000000/60',
    RATE_LIMIT_FAILED_LOGINS_PER_USERNAME: '100000000/60',
    RATE_LIMIT_REGISTRATIONS_PER_ADDRESS: '100000000/60',
    RATE_LIMIT_CALLS_PER_TOKEN: '100000000/60',
  };
  const server = await start('dist/src/server.js', { PORT: String(port), DATABASE_URL, HOST: '127.0.0.1', ...limits, ...env }, 'listening');
  return { server, port, base: `http://127.0.0.1:${port}` };
}

/** Measures every endpoint of the issue against a server on freshly seeded data. */
async function measureAll(scale: number, withCeiling: boolean) {
  await prepareDatabase(scale);
  const { server, port, base } = await startBenchServer();
  const pid = server.pid!;
  try {
    const token = async (user: string) => (await json(`${base}/api/tokens`, { method: 'POST', headers: { authorization: basic(user) } })).token as string;
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });
    const wide = auth(await token('user2')); // follows 1,000 users
    const narrow = auth(await token('user3')); // follows 10
    const reader = auth(await token('user42'));
    const users = BASE_SIZES.users * scale;
    const loner = (await json(`${base}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'loner', email: 'loner@example.com', password: 'bench-password' }),
    })) as { id: number };
    const oldPost = 50; // a cursor deep in every post collection

    const measurements: Measurement[] = [];
    // The machine is shared and its speed drifts within a run: the ceiling is
    // measured again just before each endpoint, and each ratio uses that pair.
    // The ceiling answers, for each endpoint, a constant document of the size
    // of that endpoint's answer (read once, here), behind the same token check.
    const endpoints: Record<string, { path: string; headers: Record<string, string> }> = {
      user: { path: '/api/users/42', headers: reader },
      usersPage: { path: '/api/users?page=1&per_page=25', headers: reader },
      usersDeep: { path: `/api/users?after=${users - 100}&per_page=25`, headers: reader },
      lonerFollowers: { path: `/api/users/${loner.id}/followers?per_page=25`, headers: reader },
      hubFollowers: { path: '/api/users/1/followers?per_page=25', headers: reader },
      hubFollowersDeep: { path: `/api/users/1/followers?after=${users - 100}&per_page=25`, headers: reader },
      postsPage: { path: '/api/posts?per_page=25', headers: reader },
      postsDeep: { path: `/api/posts?before=${oldPost}&per_page=25`, headers: reader },
      feedNarrow: { path: '/api/feed?per_page=25', headers: narrow },
      feedWide: { path: '/api/feed?per_page=25', headers: wide },
      feedWideDeep: { path: `/api/feed?before=${oldPost * 20}&per_page=25`, headers: wide },
      username: { path: '/api/users?username=USER4242', headers: reader },
      searchCommon: { path: '/api/posts?q=particular&per_page=25', headers: reader },
      searchDeep: { path: `/api/posts?q=particular&before=${oldPost}&per_page=25`, headers: reader },
      searchRare: { path: '/api/posts?q=serendipitously&per_page=25', headers: reader },
      replies: { path: '/api/posts/1/replies?per_page=25', headers: reader },
      repliesDeep: { path: `/api/posts/1/replies?after=${BASE_SIZES.posts * scale - 1000}&per_page=25`, headers: reader },
      likers: { path: '/api/posts/1/likers?per_page=25', headers: reader },
      likersDeep: { path: `/api/posts/1/likers?after=${users - 100}&per_page=25`, headers: reader },
    };
    const documents: Record<string, string> = {};
    for (const [key, { path, headers }] of Object.entries(endpoints)) documents[key] = await (await fetch(`${base}${path}`, { headers })).text();
    documents.newPost = JSON.stringify(await json(`${base}/api/posts`, { method: 'POST', headers: { ...reader, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'A post written under load.' }) }));
    let ceiling: ChildProcess | undefined;
    let ceilingLoad: ((document: string) => Promise<Measurement>) | undefined;
    let floor: ChildProcess | undefined;
    if (withCeiling && DATABASE_URL.startsWith('sqlite:')) {
      floor = await start('bench/floor.ts', { PORT: String(port + 2), FLOOR_DATABASE: DATABASE_URL.slice(7) }, 'floor listening');
    }
    if (withCeiling) {
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(`${RESULTS}/ceiling-documents.json`, JSON.stringify(documents));
      const started = await start('bench/ceiling.ts', { PORT: String(port + 1), CEILING_DOCUMENTS: `${RESULTS}/ceiling-documents.json`, CEILING_TOKENS: [reader, narrow, wide].map((h) => h.authorization.slice(7)).join(',') }, 'listening');
      ceiling = started;
      ceilingLoad = (document) => load('ceiling', started.pid!, { url: `http://127.0.0.1:${port + 1}/${document}`, headers: reader });
    }
    const paired = async (document: string, measure: () => Promise<Measurement>, floorPath?: string): Promise<Measurement> => {
      const reference = ceilingLoad ? await ceilingLoad(document) : undefined;
      const least = floor && floorPath ? await load('floor', floor.pid!, { url: `http://127.0.0.1:${port + 2}${floorPath}`, headers: reader }) : undefined;
      const measurement = await measure();
      if (least) {
        measurement.floorCpuUsPerRequest = least.cpuUsPerRequest;
        measurement.cpuOfFloor = Number((measurement.cpuUsPerRequest / Math.max(1, least.cpuUsPerRequest)).toFixed(2));
      }
      if (reference) {
        measurement.ceilingRequestsPerSecond = reference.requestsPerSecond;
        measurement.ofCeiling = Number((measurement.requestsPerSecond / reference.requestsPerSecond).toFixed(3));
        measurement.ceilingCpuUsPerRequest = reference.cpuUsPerRequest;
        measurement.cpuOfCeiling = Number((measurement.cpuUsPerRequest / Math.max(1, reference.cpuUsPerRequest)).toFixed(2));
      }
      return measurement;
    };
    // The floor answers these two as the server does (bench/floor.ts).
    const floorPaths: Partial<Record<keyof typeof endpoints, string>> = { user: endpoints.user!.path, usersPage: endpoints.usersPage!.path };
    const get = (name: string, key: keyof typeof endpoints) =>
      paired(key, () => load(name, pid, { url: `${base}${endpoints[key]!.path}`, headers: endpoints[key]!.headers }), floorPaths[key]);
    measurements.push(await get('GET /api/users/{id}', 'user'));
    measurements.push(await get('GET /api/users page 1 (25)', 'usersPage'));
    // The same page compressed, as a browser or app asks for it: the CPU it costs, and the bytes it saves.
    const wire: Record<string, number> = {};
    for (const coding of ['identity', 'br', 'gzip']) {
      const headers = { ...endpoints.usersPage!.headers, 'accept-encoding': coding };
      wire[coding] = await wireBytes(`${base}${endpoints.usersPage!.path}`, headers);
      if (coding !== 'identity') measurements.push(await paired('usersPage', () => load(`GET /api/users page 1 (25), ${coding}`, pid, { url: `${base}${endpoints.usersPage!.path}`, headers })));
    }
    console.log(`users page of 25 on the wire: ${Object.entries(wire).map(([coding, bytes]) => `${coding} ${bytes} B`).join(', ')}`);
    measurements.push(await get('GET /api/users deep keyset page (25)', 'usersDeep'));
    measurements.push(await get('GET followers of a 0-follower user (25)', 'lonerFollowers'));
    measurements.push(await get(`GET followers of the hub, ${users - 1} followers (25)`, 'hubFollowers'));
    measurements.push(await get(`GET followers of the hub, deep keyset page (25)`, 'hubFollowersDeep'));
    measurements.push(await get('GET /api/posts page 1 (25)', 'postsPage'));
    measurements.push(await get('GET /api/posts deep keyset page (25)', 'postsDeep'));
    measurements.push(await get('GET /api/feed following 10 (25)', 'feedNarrow'));
    measurements.push(await get('GET /api/feed following 1,000 (25)', 'feedWide'));
    measurements.push(await get('GET /api/feed following 1,000, deep keyset page (25)', 'feedWideDeep'));
    measurements.push(await get('GET /api/users?username= (lookup)', 'username'));
    measurements.push(await get('GET /api/posts?q= a word in every post (25)', 'searchCommon'));
    measurements.push(await get('GET /api/posts?q= a word in every post, deep keyset page (25)', 'searchDeep'));
    measurements.push(await get('GET /api/posts?q= a word in one post', 'searchRare'));
    measurements.push(await get(`GET replies of the hub post, ${BASE_SIZES.posts * scale / 10 - 1} replies (25)`, 'replies'));
    measurements.push(await get('GET replies of the hub post, deep keyset page (25)', 'repliesDeep'));
    measurements.push(await get(`GET likers of the hub post, ${users} likes (25)`, 'likers'));
    measurements.push(await get('GET likers of the hub post, deep keyset page (25)', 'likersDeep'));
    measurements.push(
      await paired('newPost', () => load('POST /api/posts', pid, {
        url: `${base}/api/posts`,
        method: 'POST',
        headers: { ...reader, 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'A post written under load.' }),
      })),
    );
    measurements.push(await load('POST /api/tokens (bcrypt)', pid, { url: `${base}/api/tokens`, method: 'POST', headers: { authorization: basic('user7') } }));

    // Logins must not hurt everyone else: a read's p99 during a burst of logins.
    const [burst] = await Promise.all([
      load('GET /api/users/{id} during a login burst', pid, { url: `${base}/api/users/42`, headers: reader }),
      load('  (the login burst)', pid, { url: `${base}/api/tokens`, method: 'POST', headers: { authorization: basic('user8') } }, 8),
    ]);
    measurements.push(burst);
    if (ceiling) await stop(ceiling);
    if (floor) await stop(floor);
    return { measurements, wire, serverPeakRssMb: Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024) };
  } finally {
    await stop(server);
  }
}

function table(measurements: Measurement[]) {
  console.table(
    measurements.map((m) => ({
      endpoint: m.name,
      'req/s': m.requestsPerSecond,
      'CPU µs/req': m.cpuUsPerRequest,
      'ceiling CPU µs/req': m.ceilingCpuUsPerRequest ?? '',
      'CPU × ceiling': m.cpuOfCeiling ?? '',
      'ceiling req/s': m.ceilingRequestsPerSecond ?? '',
      'floor CPU µs/req': m.floorCpuUsPerRequest ?? '',
      'CPU × floor': m.cpuOfFloor ?? '',
      'p50 ms': m.p50,
      'p99 ms': m.p99,
      'non-2xx': m.non2xx,
      'peak RSS MB': m.peakRssMb,
    })),
  );
}

/** What counting one call of a token costs in-process (the counter alone, as the server runs it), in microseconds. */
function countingCostUs(): number {
  const counter = new BatchedCounter('token', { points: 1_000_000_000, seconds: 60 }, undefined);
  const calls = 1_000_000;
  const keys = Array.from({ length: 1000 }, (_, i) => String(i));
  for (let i = 0; i < 100_000; i++) counter.consume(keys[i % 1000]!);
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) counter.consume(keys[i % 1000]!);
  return Number(process.hrtime.bigint() - started) / calls / 1000;
}

/**
 * What the metrics cost a request in-process (metrics.ts): reading the clock
 * twice and noting the duration under one of 40 operation/status pairs, in
 * microseconds.
 */
function metricsCostUs(): number {
  const db = openDatabase('sqlite::memory:');
  const metrics = new Metrics(db);
  const pairs = Array.from({ length: 40 }, (_, i) => [`operation${i % 20}`, i < 20 ? 200 : 404] as const);
  const note = (i: number) => {
    const started = process.hrtime.bigint();
    const [operation, status] = pairs[i % pairs.length]!;
    metrics.observe(operation, status, Number(process.hrtime.bigint() - started) / 1e9);
  };
  for (let i = 0; i < 100_000; i++) note(i);
  const calls = 1_000_000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) note(i);
  const cost = Number(process.hrtime.bigint() - started) / calls / 1000;
  void closeDatabase(db);
  return cost;
}

/** One open stream of the bench: when each post's event reached it. */
interface BenchStream {
  close(): void;
  arrivals: Map<number, bigint>;
}

/** Opens GET /api/streams/user for a token; resolves once the response has started. Notes when each post event arrives. */
function openStream(base: string, token: string): Promise<BenchStream> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<number, bigint>();
    const request = http.get(`${base}/api/streams/user`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, agent: false }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream: ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const now = process.hrtime.bigint();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.includes('event: post')) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) arrivals.set((JSON.parse(data) as { id: number }).id, now);
        }
      });
      resolve({ close: () => request.destroy(), arrivals });
    });
    request.once('error', reject);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * --streams: N open streams (users 2..N+1, who all follow user 1, the hub)
 * on one server: the server's RSS per open stream, the time from POST
 * /api/posts by the hub until the last of its streaming followers has the
 * event (p50 and p99 over every stream of every post), and GET
 * /api/users/{id} before and while the streams are open.
 */
async function measureStreams() {
  const count = Number(options['stream-count']);
  // bcrypt is not what is measured: cheap hashes, so that N logins take seconds.
  process.env.BCRYPT_ROUNDS = '4';
  await prepareDatabase(1);
  const { server, base } = await startBenchServer({ BCRYPT_ROUNDS: '4' });
  const pid = server.pid!;
  const report: Record<string, unknown> = { date: new Date().toISOString(), database: DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'postgresql', streams: count };
  try {
    const token = async (user: string) => (await json(`${base}/api/tokens`, { method: 'POST', headers: { authorization: basic(user) } })).token as string;
    const hub = { authorization: `Bearer ${await token('user1')}` };
    const reader = { authorization: `Bearer ${await token('user42')}` };
    const tokens: string[] = [];
    for (let i = 2; i <= count + 1; i++) tokens.push(await token(`user${i}`));
    const quiet = await load('GET /api/users/{id}, no streams open', pid, { url: `${base}/api/users/42`, headers: reader });

    const before = rssMb(pid);
    const streams: BenchStream[] = [];
    for (const t of tokens) streams.push(await openStream(base, t));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = rssMb(pid);
    const perStreamKb = ((after - before) * 1024) / count;

    // Fan-out: the hub posts; every follower's stream gets the event. Twenty posts, one at a time.
    const latencies: number[] = [];
    const lasts: number[] = [];
    for (let n = 0; n < 20; n++) {
      const sent = process.hrtime.bigint();
      const post = (await json(`${base}/api/posts`, { method: 'POST', headers: { ...hub, 'content-type': 'application/json' }, body: JSON.stringify({ body: `fan-out ${n}` }) })) as { id: number };
      const deadline = Date.now() + 10_000;
      while (streams.some((s) => !s.arrivals.has(post.id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      const missing = streams.filter((s) => !s.arrivals.has(post.id)).length;
      if (missing > 0) throw new Error(`${missing} of ${count} streams never got post ${post.id}`);
      const ms = streams.map((s) => Number(s.arrivals.get(post.id)! - sent) / 1e6);
      latencies.push(...ms);
      lasts.push(Math.max(...ms));
    }
    latencies.sort((a, b) => a - b);
    lasts.sort((a, b) => a - b);
    const busy = await load('GET /api/users/{id}, streams open', pid, { url: `${base}/api/users/42`, headers: reader });
    for (const s of streams) s.close();

    const summary = {
      'open streams': count,
      'RSS before (MB)': Math.round(before),
      'RSS with streams (MB)': Math.round(after),
      'RSS per stream (KB)': Number(perStreamKb.toFixed(1)),
      'fan-out p50 (ms), every stream': Number(percentile(latencies, 50).toFixed(1)),
      'fan-out p99 (ms), every stream': Number(percentile(latencies, 99).toFixed(1)),
      'last stream p50 (ms), per post': Number(percentile(lasts, 50).toFixed(1)),
      'last stream p99 (ms), per post': Number(percentile(lasts, 99).toFixed(1)),
    };
    console.log(`\n${report.database}: ${count} streams, 20 posts by a user they all follow`);
    console.table(summary);
    table([quiet, busy]);
    console.log(`GET /api/users/{id} CPU µs/req with streams open / without: ${(busy.cpuUsPerRequest / quiet.cpuUsPerRequest).toFixed(2)}`);
    Object.assign(report, { summary, quiet, busy });
    const file = `${RESULTS}/bench-streams-${report.database}-${report.date}.json`.replace(/:/g, '-');
    writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(`written to ${file}`);
  } finally {
    await stop(server);
  }
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  if (options.streams) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
    return measureStreams();
  }
  const counting = countingCostUs();
  console.log(`counting a token's call (in-process, 1,000 tokens): ${counting.toFixed(3)} µs`);
  const metricsCost = metricsCostUs();
  console.log(`metrics of a request (in-process: clock, histogram): ${metricsCost.toFixed(3)} µs`);
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const database = DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'postgresql';
  const report: Record<string, unknown> = { date: new Date().toISOString(), database, duration: DURATION, connections: CONNECTIONS, countingCostUs: counting, metricsCostUs: metricsCost };
  const base = await measureAll(1, true);
  console.log(`\n${database}, 1x data, ${CONNECTIONS} connections, ${DURATION} s each`);
  table(base.measurements);
  report.base = base;
  const quiet = base.measurements.find((m) => m.name === 'GET /api/users/{id}')!;
  const burst = base.measurements.find((m) => m.name.includes('during a login burst'))!;
  console.log(`p99 of GET /api/users/{id} during a login burst / quiet: ${(burst.p99 / quiet.p99).toFixed(2)}`);
  console.log(`server peak RSS: ${base.serverPeakRssMb} MB`);

  if (options.scale) {
    const tenfold = await measureAll(10, false);
    console.log(`\n${database}, 10x data`);
    table(tenfold.measurements);
    const rate = (ms: Measurement[], name: string) => ms.find((m) => m.name.startsWith(name))!.requestsPerSecond;
    const pairs: [string, number, number][] = [];
    for (const m of base.measurements.filter((x) => x.name.startsWith('GET'))) {
      // The same endpoint at 10x, whatever count its name gives.
      const unsized = (name: string) => name.replace(/\d[\d,]* (followers|replies|likes)/, 'N $1');
      const prefix = unsized(m.name);
      const at10 = tenfold.measurements.find((x) => unsized(x.name) === prefix);
      if (at10) pairs.push([`${prefix}: 1x / 10x data`, m.requestsPerSecond, at10.requestsPerSecond]);
    }
    const t = tenfold.measurements;
    pairs.push(['users page 1 / deep keyset page (10x)', rate(t, 'GET /api/users page 1'), rate(t, 'GET /api/users deep')]);
    pairs.push(['posts page 1 / deep keyset page (10x)', rate(t, 'GET /api/posts page 1'), rate(t, 'GET /api/posts deep')]);
    pairs.push(['followers: 0 / 100,000 followers (10x)', rate(t, 'GET followers of a 0'), rate(t, 'GET followers of the hub')]);
    pairs.push(['feed: following 10 / following 1,000 (10x)', rate(t, 'GET /api/feed following 10'), rate(t, 'GET /api/feed following 1,000')]);
    pairs.push(['feed page 1 / deep keyset page (10x)', rate(t, 'GET /api/feed following 1,000'), rate(t, 'GET /api/feed following 1,000, deep')]);
    pairs.push(['search page 1 / deep keyset page (10x)', rate(t, 'GET /api/posts?q= a word in every post (25)'), rate(t, 'GET /api/posts?q= a word in every post, deep')]);
    pairs.push(['replies page 1 / deep keyset page (10x)', rate(t, 'GET replies of the hub post,'), rate(t, 'GET replies of the hub post, deep')]);
    pairs.push(['likers page 1 / deep keyset page (10x)', rate(t, 'GET likers of the hub post,'), rate(t, 'GET likers of the hub post, deep')]);
    console.log('\nhow cost grows (ratio of req/s; 2.00 means the second is twice as slow)');
    console.table(pairs.map(([pair, a, b]) => ({ pair, 'first req/s': a, 'second req/s': b, ratio: Number((a / b).toFixed(2)) })));
    console.log(`server peak RSS at 10x: ${tenfold.serverPeakRssMb} MB`);
    report.tenfold = tenfold;
    report.pairs = pairs;
  }
  const file = `${RESULTS}/bench-${database}-${report.date}.json`.replace(/:/g, '-');
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`\nwritten to ${file}`);
}

await main();
