import { availableParallelism } from 'node:os';

/**
 * Every setting of the server, read from the environment in one place.
 * An invalid value stops the process at start with a message naming the setting.
 */
export interface Config {
  /** TCP port to listen on. */
  port: number;
  /** Interface to listen on. */
  host: string;
  /**
   * Where Prometheus metrics are served (METRICS_PORT, METRICS_HOST), apart
   * from the API: off without a port, and on 127.0.0.1 unless told otherwise.
   */
  metrics: { port: number; host: string } | undefined;
  /** `postgres://…` for PostgreSQL, or `sqlite:<file>` for the embedded database. */
  databaseUrl: string;
  /** Lifetime of an access token (ACCESS_TOKEN_TTL, or its old name TOKEN_TTL_SECONDS). */
  accessTokenTtlSeconds: number;
  /** Lifetime of a refresh token: a session unused for this long ends. */
  refreshTokenTtlSeconds: number;
  /** bcrypt work factor for new password hashes. */
  bcryptRounds: number;
  /** How many bcrypt hashes or comparisons run at once; the rest wait their turn. */
  bcryptConcurrency: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Largest request line and headers accepted, in bytes (Node's maxHeaderSize). */
  maxHeaderBytes: number;
  /** How long a client has to send its request line and headers. */
  headersTimeoutMs: number;
  /** How long a client has to send its whole request, body included. */
  requestTimeoutMs: number;
  /** last_seen is written at most this often per user, so reads stay reads. */
  lastSeenResolutionSeconds: number;
  /** How long a shutdown waits for requests in flight. */
  shutdownTimeoutMs: number;
  /** Run pending migrations at start; otherwise refuse to start while any are pending. */
  migrateOnStart: boolean;
  /** How many worker processes serve (node:cluster); 1 serves from the process itself. */
  webConcurrency: number;
  /** Behind a proxy: take client addresses from X-Forwarded-For (and scheme and host from X-Forwarded-*). */
  trustProxy: boolean;
  /** Rate limits, each counted where every instance sees it. */
  rateLimits: {
    /** Logins (POST /api/tokens) from one client address. */
    loginsPerAddress: Limit;
    /** Failed logins for one username: past it, the username is locked for the rest of the window. */
    failedLoginsPerUsername: Limit;
    /** Registrations (POST /api/users) from one client address. */
    registrationsPerAddress: Limit;
    /** Authenticated requests with one token. */
    callsPerToken: Limit;
  };
  /**
   * Redis (REDIS_URL), when set, carries what each instance's transactions
   * announce (stream events) to every other instance, instead of
   * PostgreSQL's NOTIFY; SQLite instances that are not workers of one server
   * need it to hear each other.
   */
  redisUrl: string | undefined;
  /** Live streams (GET /api/streams/user) on this instance. */
  streams: {
    /** How many one user may have open (STREAMS_PER_USER). */
    perUser: number;
    /** How long a stream may be silent before a comment keeps proxies from closing it (STREAM_HEARTBEAT_MS). */
    heartbeatMs: number;
    /** What may wait for a client that does not read before it is dropped (STREAM_BUFFER_BYTES). */
    maxBufferedBytes: number;
    /** The `retry:` a stream ended by a shutdown or an expired token is sent (STREAM_RETRY_MS). */
    retryMs: number;
  };
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins: string[];
  /** pino's level for the JSON logs on stdout. */
  logLevel: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}"`);
}

function oneOf(env: Env, name: string, fallback: string, allowed: string[]): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, not "${raw}"`);
  return raw;
}

/** At most `points` per `seconds`. */
export interface Limit {
  points: number;
  seconds: number;
}

/** `<points>/<seconds>`, e.g. 600/60. */
function limit(env: Env, name: string, fallback: Limit): Limit {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d{1,9})\/(\d{1,6})$/.exec(raw);
  const [points, seconds] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (points < 1 || seconds < 1 || seconds > 86_400) {
    throw new ConfigError(`${name} must be <requests>/<seconds>, such as 600/60 (1 s to a day), not "${raw}"`);
  }
  return { points, seconds };
}

/** Origins (scheme, host and port, nothing else) separated by commas; none by default. */
function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`${name} must list origins such as https://app.example.com (scheme, host, optional port; no path or "*"), not "${origin}"`);
    }
    return origin;
  });
}

function databaseUrl(env: Env): string {
  const raw = env.DATABASE_URL || 'sqlite:microblog.sqlite';
  if (/^postgres(ql)?:\/\//.test(raw) || /^sqlite:.+/.test(raw)) return raw;
  throw new ConfigError(`DATABASE_URL must start with postgres://, postgresql:// or sqlite:, not "${raw}"`);
}

const DAY_S = 24 * 3600;

/** ACCESS_TOKEN_TTL, or TOKEN_TTL_SECONDS, its name before refresh tokens: one value, under either name. */
function accessTokenTtl(env: Env): number {
  const current = integer(env, 'ACCESS_TOKEN_TTL', 3600, 1, 30 * DAY_S);
  if (env.TOKEN_TTL_SECONDS === undefined || env.TOKEN_TTL_SECONDS === '') return current;
  const old = integer(env, 'TOKEN_TTL_SECONDS', 3600, 1, 30 * DAY_S);
  if (env.ACCESS_TOKEN_TTL !== undefined && env.ACCESS_TOKEN_TTL !== '' && old !== current) {
    throw new ConfigError(`ACCESS_TOKEN_TTL (${current}) and its old name TOKEN_TTL_SECONDS (${old}) disagree: set one`);
  }
  return old;
}

/** REDIS_URL: a redis:// or rediss:// URL, or nothing. */
function redisUrl(env: Env): string | undefined {
  const value = env.REDIS_URL;
  if (!value) return undefined;
  if (!/^rediss?:\/\/[^\s]+$/.test(value)) throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, not ${JSON.stringify(value)}`);
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const database = databaseUrl(env);
  const accessTokenTtlSeconds = accessTokenTtl(env);
  const refreshTokenTtlSeconds = integer(env, 'REFRESH_TOKEN_TTL', 14 * DAY_S, 1, 365 * DAY_S);
  // A refresh token that died before its access token would never be used.
  if (refreshTokenTtlSeconds < accessTokenTtlSeconds) {
    throw new ConfigError(`REFRESH_TOKEN_TTL (${refreshTokenTtlSeconds}) must be at least ACCESS_TOKEN_TTL (${accessTokenTtlSeconds})`);
  }
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  // Node refuses a request deadline shorter than the headers' one.
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new ConfigError(`REQUEST_TIMEOUT_MS (${requestTimeoutMs}) must be at least HEADERS_TIMEOUT_MS (${headersTimeoutMs})`);
  }
  return {
    port: integer(env, 'PORT', 5000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    metrics: env.METRICS_PORT ? { port: integer(env, 'METRICS_PORT', 0, 0, 65535), host: env.METRICS_HOST || '127.0.0.1' } : undefined,
    databaseUrl: database,
    accessTokenTtlSeconds,
    refreshTokenTtlSeconds,
    bcryptRounds: integer(env, 'BCRYPT_ROUNDS', 12, 4, 15),
    // One core fewer than the machine has: a burst of logins never takes the
    // core that serves everything else.
    bcryptConcurrency: integer(env, 'BCRYPT_CONCURRENCY', Math.max(1, availableParallelism() - 1), 1, 64),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', 16 * 1024, 1024, 64 * 1024),
    headersTimeoutMs,
    requestTimeoutMs,
    lastSeenResolutionSeconds: integer(env, 'LAST_SEEN_RESOLUTION_SECONDS', 60, 0, 3600),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    // The embedded database migrates itself (zero setup); PostgreSQL is
    // migrated by its operator (npm run migrate), once, before instances start.
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', database.startsWith('sqlite:')),
    webConcurrency: integer(env, 'WEB_CONCURRENCY', 1, 1, 64),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    rateLimits: {
      loginsPerAddress: limit(env, 'RATE_LIMIT_LOGINS_PER_ADDRESS', { points: 30, seconds: 900 }),
      failedLoginsPerUsername: limit(env, 'RATE_LIMIT_FAILED_LOGINS_PER_USERNAME', { points: 10, seconds: 900 }),
      registrationsPerAddress: limit(env, 'RATE_LIMIT_REGISTRATIONS_PER_ADDRESS', { points: 20, seconds: 3600 }),
      callsPerToken: limit(env, 'RATE_LIMIT_CALLS_PER_TOKEN', { points: 600, seconds: 60 }),
    },
    redisUrl: redisUrl(env),
    streams: {
      perUser: integer(env, 'STREAMS_PER_USER', 4, 1, 1000),
      heartbeatMs: integer(env, 'STREAM_HEARTBEAT_MS', 15_000, 100, 600_000),
      maxBufferedBytes: integer(env, 'STREAM_BUFFER_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
      retryMs: integer(env, 'STREAM_RETRY_MS', 1000, 0, 600_000),
    },
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  };
}
