import { createServer, type Server } from 'node:http';
import type Koa from 'koa';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from './data/db.js';

/**
 * Prometheus metrics (prom-client): each request's duration by operationId
 * and status (its _count is the request count), 429 refusals by
 * operationId, the database pool's connections, open connections, and Node's own
 * (event-loop lag, heap, CPU). Served apart from the API, on METRICS_PORT
 * (bound to 127.0.0.1 by default), never on the public port.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly durations = new Histogram({
    name: 'microblog_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being handed to Node, by operationId ("none" outside the contract) and status.',
    labelNames: ['operation', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'microblog_rate_limit_refusals_total',
    help: 'Requests refused with 429 (a rate limit, or too many streams), by operationId.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  /** The histogram's child per operation and status, looked up once: the labels are few and fixed. */
  private readonly children = new Map<string, Histogram.Internal<'operation' | 'status'>>();
  private connections: () => Promise<number> = async () => 0;

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry, prefix: 'microblog_' });
    const { client } = db.knex;
    new Gauge({
      name: 'microblog_db_pool_connections',
      help: "The database pool's connections: in use, idle, and requests waiting for one.",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        // Knex's pool (tarn) exists once the first query has run.
        const pool = client.pool as { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
        if (!pool) return;
        this.set({ state: 'used' }, pool.numUsed());
        this.set({ state: 'free' }, pool.numFree());
        this.set({ state: 'pending' }, pool.numPendingAcquires());
      },
    });
    const open = () => this.connections();
    new Gauge({
      name: 'microblog_open_connections',
      help: 'HTTP connections open to this process.',
      registers: [this.registry],
      async collect() {
        this.set(await open());
      },
    });
  }

  /** Counts open connections on this server from now on. */
  watch(server: Server): void {
    this.connections = () => new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
  }

  /** Notes one request's duration under its operation and status. */
  observe(operation: string, status: number, seconds: number): void {
    const key = `${operation} ${status}`;
    let child = this.children.get(key);
    if (!child) this.children.set(key, (child = this.durations.labels(operation, String(status))));
    child.observe(seconds);
  }

  /** The middleware that times every request; outermost, so that it sees the status the client gets. */
  middleware(): Koa.Middleware {
    return async (ctx, next) => {
      const started = process.hrtime.bigint();
      try {
        await next();
      } finally {
        const operation = ctx.state.operationId ?? 'none';
        this.observe(operation, ctx.status, Number(process.hrtime.bigint() - started) / 1e9);
        if (ctx.status === 429) this.refusals.inc({ operation });
      }
    };
  }

  /**
   * A worker's metrics go to the primary (call it in a worker), which answers for them all
   * (prom-client's AggregatorRegistry, over node:cluster's channel): the
   * workers share the API's port, so none of them could answer alone.
   */
  reportToPrimary(): void {
    new AggregatorRegistry(); // answers the primary's requests from now on
    AggregatorRegistry.setRegistries([this.registry]);
  }

  /** Serves this process's metrics (serveMetrics). */
  serve(port: number, host: string): Promise<Server> {
    return serveMetrics(() => this.registry.metrics(), this.registry.contentType, port, host);
  }
}

/** The primary's metrics server when workers serve the API: their metrics summed (gauges, counters) and merged (histograms). */
export function serveWorkersMetrics(port: number, host: string): Promise<Server> {
  const workers = new AggregatorRegistry();
  return serveMetrics(() => workers.clusterMetrics(), workers.contentType, port, host);
}

/** GET /metrics on a port of its own, and nothing else. */
function serveMetrics(read: () => Promise<string>, contentType: string, port: number, host: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { 'Content-Type': contentType }).end(await read());
    } catch {
      // A worker that did not answer in time (prom-client waits 5 s): the scrape fails, and the next one asks again.
      res.writeHead(503).end();
    }
  });
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve(server)));
}
