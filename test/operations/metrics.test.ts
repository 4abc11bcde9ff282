import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { migrateProcess, startServerProcess, type ServerProcess } from '../support/process.js';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';

/** One sample's value from Prometheus' text format, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Prometheus metrics (METRICS_PORT)', function () {
  this.timeout(60_000);
  let database: ScratchDatabase;
  let api: ServerProcess | undefined;

  beforeEach(async () => {
    database = await scratchDatabase('metrics');
    // PostgreSQL is migrated by its operator; SQLite migrates itself at start.
    if (!database.url.startsWith('sqlite:')) await migrateProcess(database.url);
  });
  afterEach(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
    api = undefined;
    await database.drop();
  });

  it('counts requests by operation and status, 429s, pool and connections, on a port of their own bound to 127.0.0.1', async () => {
    api = await startServerProcess({ PORT: '0', METRICS_PORT: '0', DATABASE_URL: database.url, RATE_LIMIT_REGISTRATIONS_PER_ADDRESS: '2/3600', BCRYPT_ROUNDS: '4' });
    const port = /metrics on http:\/\/127\.0\.0\.1:(\d+)\/metrics/.exec(api.output())?.[1];
    expect(port, api.output()).to.match(/^\d+$/);
    const baseUrl = api.baseUrl;
    for (let i = 0; i < 2; i++) {
      const created = await call('POST', '/api/users', { baseUrl, json: { username: `m${i}`, email: `m${i}@example.com`, password: 'pw' } });
      expect(created.status).to.equal(201);
    }
    expectError(await call('POST', '/api/users', { baseUrl, json: { username: 'm3', email: 'm3@example.com', password: 'pw' } }), 429, 'rate_limited');
    expectError(await call('GET', '/api/users/1', { baseUrl }), 401, 'authentication_required');
    expectError(await call('GET', '/api/metrics', { baseUrl }), 404, 'not_found');

    const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(scraped.status).to.equal(200);
    expect(scraped.headers.get('content-type')).to.match(/^text\/plain/);
    const text = await scraped.text();
    expect(sample(text, 'microblog_http_request_duration_seconds_count{operation="createUser",status="201"}')).to.equal(2);
    expect(sample(text, 'microblog_http_request_duration_seconds_count{operation="createUser",status="429"}')).to.equal(1);
    expect(sample(text, 'microblog_http_request_duration_seconds_count{operation="getUser",status="401"}')).to.equal(1);
    expect(sample(text, 'microblog_http_request_duration_seconds_count{operation="none",status="404"}')).to.equal(1);
    expect(sample(text, 'microblog_rate_limit_refusals_total{operation="createUser"}')).to.equal(1);
    expect(sample(text, 'microblog_db_pool_connections{state="used"}')).to.be.a('number');
    expect(sample(text, 'microblog_open_connections')).to.be.at.least(0);
    expect(text).to.match(/^microblog_nodejs_eventloop_lag_seconds \d/m);
    // Nothing else is served there.
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).to.equal(404);
  });

  it('adds up the workers\' metrics in the primary (WEB_CONCURRENCY)', async () => {
    api = await startServerProcess({ PORT: '0', METRICS_PORT: '0', DATABASE_URL: database.url, WEB_CONCURRENCY: '2' });
    const port = /metrics on http:\/\/127\.0\.0\.1:(\d+)\/metrics/.exec(api.output())?.[1];
    expect(port, api.output()).to.match(/^\d+$/);
    // Forty requests on new connections, which the primary deals out to both workers in turn.
    for (let i = 0; i < 40; i++) expect((await call('GET', '/api', { baseUrl: api.baseUrl, headers: { connection: 'close' } })).status).to.equal(200);
    const servedBy = api
      .output()
      .split('\n')
      .filter((line) => line.includes('"operationId":"getApiRoot"'))
      .map((line) => JSON.parse(line).pid);
    expect(new Set(servedBy).size, 'workers that served').to.equal(2);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(sample(text, 'microblog_http_request_duration_seconds_count{operation="getApiRoot",status="200"}'), 'both workers\' requests').to.equal(40);
  });

  it('serves no metrics without METRICS_PORT', async () => {
    api = await startServerProcess({ PORT: '0', DATABASE_URL: database.url });
    expect(api.output()).to.not.include('metrics on');
  });
});
