import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { createApp } from './app.js';
import { createHttpServer } from './http/listener.js';
import { serveWorkersMetrics, type Metrics } from './metrics.js';
import { relayAnnouncementsBetweenWorkers, relayAnnouncementsFromWorker } from './streams/worker-relay.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadContract } from './contract.js';
import { closeDatabase, openDatabase } from './data/db.js';
import { ensureSchemaIsCurrent, migrateToLatest, SchemaError } from './data/migrator.js';

/** Migrates (when configured) and checks the schema, once, before anything serves. */
async function prepareDatabase(config: Config): Promise<void> {
  const db = openDatabase(config.databaseUrl);
  try {
    if (config.migrateOnStart) await migrateToLatest(db);
    await ensureSchemaIsCurrent(db);
    // SQLite's counters file, made once here rather than by each worker at once.
    db.counters();
  } finally {
    await closeDatabase(db);
  }
}

/** How long a log line may wait in the buffer on a quiet server. */
const LOG_FLUSH_MS = 1000;

/**
 * Every line the process prints is one JSON object (pino), written off the
 * event loop's path: an asynchronous destination that gathers lines into
 * writes of 4 KiB (one system call for a dozen requests, not one each), at
 * least every LOG_FLUSH_MS, and flushed before exit.
 */
function processLogger(level: string): { logger: Logger; flushSync(): void } {
  const destination = pino.destination({ sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), LOG_FLUSH_MS).unref();
  return { logger: pino({ level }, destination), flushSync: () => destination.flushSync() };
}

let flushLog = () => undefined as void;

/** Writes what the log still holds, then exits with `code`. */
function exit(code: number): never {
  flushLog();
  process.exit(code);
}

/** One server: listen, and on a signal finish the requests in flight, close the database and exit. */
async function serve(config: Config, logger: Logger): Promise<void> {
  const db = openDatabase(config.databaseUrl);
  // SQLite workers hear each other through the primary, unless Redis carries it all.
  if (!config.redisUrl) relayAnnouncementsFromWorker(db);
  const { app, metrics, drain, close } = await createApp({ config, db, logger });

  const server: Server = createHttpServer(app, await loadContract(), config, logger).listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const database = config.databaseUrl.replace(/\/\/[^@/]*@/, '//…@'); // never print a password
    const who = cluster.isWorker ? `worker ${process.pid}` : `pid ${process.pid}`;
    logger.info({ port, database, pid: process.pid, worker: cluster.isWorker }, `Microblog API listening on http://${config.host}:${port}/api (database: ${database}, ${who})`);
  });
  const metricsServer = metrics && config.metrics ? await serveMetrics(metrics, server, config.metrics, logger) : undefined;

  // Stop accepting, let the requests in flight finish (even those whose
  // client hung up), then close the database and exit.
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    // A terminal's Ctrl-C reaches the workers and the primary, which passes it on: act once.
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, `${signal}: finishing requests in flight, then exiting`);
    const closed = new Promise((resolve) => server.close(resolve));
    metricsServer?.close();
    server.closeIdleConnections();
    const drained = await drain(config.shutdownTimeoutMs);
    if (!drained) logger.error({ timeoutMs: config.shutdownTimeoutMs }, `requests still running after ${config.shutdownTimeoutMs} ms: exiting anyway`);
    server.closeAllConnections();
    await closed;
    await close();
    await closeDatabase(db);
    exit(drained ? 0 : 1);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/**
 * WEB_CONCURRENCY > 1: this process prepares the database, then runs that
 * many workers sharing the port (node:cluster), replaces one that dies, and
 * on a signal passes it to every worker and exits when all have finished.
 */
function supervise(config: Config, logger: Logger): void {
  let stopping = false;
  let failed = false;
  const listening = new Set<number>();
  if (!config.redisUrl) relayAnnouncementsBetweenWorkers();
  cluster.on('listening', (worker) => listening.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (code !== 0) failed = true;
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) exit(failed ? 1 : 0);
      return;
    }
    if (!listening.has(worker.id)) {
      // It never served: another would fail the same way.
      logger.error({ worker: worker.process.pid, signal, code }, `worker ${worker.process.pid} exited (${signal ?? code}) before listening: stopping`);
      stop('SIGTERM');
      return;
    }
    logger.error({ worker: worker.process.pid, signal, code }, `worker ${worker.process.pid} exited (${signal ?? code}): starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) exit(failed ? 1 : 0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < config.webConcurrency; i++) cluster.fork();
  if (config.metrics) {
    const { port, host } = config.metrics;
    // Closed with the process: the primary exits once its workers have.
    serveWorkersMetrics(port, host).then(
      (server) => announceMetrics(server, host, logger).unref(),
      (error: unknown) => {
        logger.fatal({ err: error }, `the metrics port ${port} could not be opened`);
        failed = true;
        stop('SIGTERM');
      },
    );
  }
}

/** Process entry: read the settings, prepare the database, then serve (in workers, with WEB_CONCURRENCY). */
async function main(logger: Logger) {
  const config = loadConfig();
  if (cluster.isWorker) return serve(config, logger);
  await prepareDatabase(config);
  if (config.webConcurrency > 1) supervise(config, logger);
  else await serve(config, logger);
}

// Settings can be wrong, so the first logger reads LOG_LEVEL alone; the
// server's own is the same but for that.
let level = 'info';
try {
  level = loadConfig().logLevel;
} catch {
  // main() says what is wrong with the settings.
}
const log = processLogger(level);
const logger = log.logger;
flushLog = log.flushSync;
main(logger).catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(`configuration error: ${error.message}`);
  else if (error instanceof SchemaError) logger.fatal(`database error: ${error.message}`);
  else logger.fatal({ err: error }, 'could not start');
  exit(1);
});

/**
 * Prometheus metrics on their own port (METRICS_PORT), never the API's. A
 * worker serves none itself: it reports to the primary, which answers for
 * all of them (supervise).
 */
async function serveMetrics(metrics: Metrics, api: Server, where: { port: number; host: string }, logger: Logger): Promise<Server | undefined> {
  metrics.watch(api);
  if (cluster.isWorker) {
    metrics.reportToPrimary();
    return undefined;
  }
  return announceMetrics(await metrics.serve(where.port, where.host), where.host, logger);
}

function announceMetrics(server: Server, host: string, logger: Logger): Server {
  const { port } = server.address() as AddressInfo;
  logger.info({ metricsPort: port }, `metrics on http://${host}:${port}/metrics`);
  return server;
}
