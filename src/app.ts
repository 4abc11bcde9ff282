import Koa from 'koa';
import { pino, type Logger } from 'pino';
import { Auth } from './auth.js';
import type { Config } from './config.js';
import { loadContract } from './contract.js';
import type { Database } from './data/db.js';
import { contractHandlers } from './handlers/contract.js';
import { documentationHandlers } from './handlers/documentation.js';
import { healthHandlers } from './handlers/health.js';
import { postsHandlers } from './handlers/posts.js';
import { messagesHandlers } from './handlers/messages.js';
import { streamsHandlers } from './handlers/streams.js';
import { tokensHandlers } from './handlers/tokens.js';
import { usersHandlers } from './handlers/users.js';
import { contractHeaders } from './http/contract-headers.js';
import { corsForOrigins } from './http/cors.js';
import { compression } from './http/compression.js';
import { Metrics } from './metrics.js';
import { errorResponses } from './http/error-responses.js';
import { requireHost } from './http/host.js';
import { InFlight } from './http/in-flight.js';
import { RateLimits } from './limits/rate-limits.js';
import { requestLog } from './http/request-log.js';
import { contractRouter } from './http/router.js';
import { compileSerializers, representationTags, schemaSerializer } from './http/serializers.js';
import type { Services } from './services.js';
import { StreamHub } from './streams/hub.js';
import { listenForAnnouncements } from './data/listen.js';
import { bridgeAnnouncements } from './streams/redis-bridge.js';

/** Errors that mean the client closed the connection. */
const CLIENT_GONE = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);

export interface AppOptions {
  config: Config;
  db: Database;
  /** Where unexpected errors go (besides the log); they are never shown to the client. */
  onUnexpectedError?: (error: unknown, ctx: Koa.Context) => void;
  /** JSON logs; by default pino on stdout at LOG_LEVEL. */
  logger?: Logger;
}

/** The Koa application: request ids and logs, error rendering, and the contract's router. */
/** The app, and how to stop what it runs besides answering (the call counts it shares in batches). */
export interface App {
  app: Koa;
  /** Prometheus metrics, when METRICS_PORT asks for them (served by server.ts, apart from the API). */
  metrics: Metrics | undefined;
  /** Marks the app as shutting down, waits (up to `timeoutMs`) for the requests in flight, then ends the live streams; true if the requests all finished. */
  drain(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function createApp({ config, db, onUnexpectedError, logger = pino({ level: config.logLevel }) }: AppOptions): Promise<App> {
  const contract = await loadContract();
  const serializers = compileSerializers(contract.operations);
  const rateLimits = new RateLimits(db, config.rateLimits, logger);
  const inFlight = new InFlight();
  const services: Services = { config, db, auth: new Auth(db, config, rateLimits), rateLimits, inFlight, logger, tags: representationTags(serializers) };
  const hub = new StreamHub(db, config.streams, { post: serializers.get('getPost 200')!, notification: schemaSerializer(contract, 'Notification') }, logger);
  // What other instances announce: by Redis when there is one, else (PostgreSQL) by LISTEN.
  const listening = config.redisUrl ? bridgeAnnouncements(db, config.redisUrl, logger) : await listenForAnnouncements(db, logger);
  const app = new Koa();
  // Client addresses (in the log) from X-Forwarded-For only behind a trusted
  // proxy, and only the address that proxy added (the last): any before it
  // were sent by the client and prove nothing.
  app.proxy = config.trustProxy;
  app.maxIpsCount = 1;
  // What goes wrong after the answer has started (the errors before it are
  // rendered by errorResponses): a client that hangs up while a body is
  // still being sent is not the server's fault; anything else is.
  app.on('error', (error: NodeJS.ErrnoException, ctx?: Koa.Context) => {
    if (CLIENT_GONE.has(error.code ?? '')) {
      logger.debug({ reqId: ctx?.state.requestId, code: error.code }, 'client went away during the answer');
      return;
    }
    logger.error({ reqId: ctx?.state.requestId, err: error }, 'unexpected error');
    if (ctx) onUnexpectedError?.(error, ctx);
  });
  const metrics = config.metrics ? new Metrics(db) : undefined;
  if (metrics) app.use(metrics.middleware());
  app.use(inFlight.middleware());
  app.use(requestLog(logger));
  app.use(compression());
  app.use(contractHeaders(contract));
  // Before the router: a browser's preflight never reaches the contract.
  if (config.corsOrigins.length > 0) app.use(corsForOrigins(config.corsOrigins));
  app.use(
    errorResponses((error, ctx) => {
      logger.error({ reqId: ctx.state.requestId, err: error }, 'unexpected error');
      onUnexpectedError?.(error, ctx);
    }),
  );
  app.use(requireHost());
  const handlers = {
    ...usersHandlers(services),
    ...postsHandlers(services),
    ...messagesHandlers(services),
    ...streamsHandlers(services, hub),
    ...tokensHandlers(services),
    ...contractHandlers(contract),
    ...documentationHandlers(contract),
    ...healthHandlers(services),
  };
  for (const middleware of contractRouter(contract, services, handlers, serializers)) app.use(middleware);
  return {
    app,
    metrics,
    async drain(timeoutMs) {
      const drained = await inFlight.drain(timeoutMs);
      // The streams last: a request in flight may still write an event they carry.
      await hub.closeAll();
      return drained;
    },
    async close() {
      await hub.close();
      await listening.close();
      await rateLimits.close();
    },
  };
}
