import type { Logger } from 'pino';
import type { Auth } from './auth.js';
import type { Config } from './config.js';
import type { Database } from './data/db.js';
import type { InFlight } from './http/in-flight.js';
import type { RateLimits } from './limits/rate-limits.js';
import type { RepresentationTags } from './http/serializers.js';

/** What the handlers work with: one of each per running server. */
export interface Services {
  config: Config;
  db: Database;
  auth: Auth;
  rateLimits: RateLimits;
  /** The requests in flight; draining once the server is shutting down. */
  inFlight: InFlight;
  /** For what a handler notices but the client is not told (the request's own line is written elsewhere). */
  logger: Logger;
  /** The ETag of a representation as its GET answers it, for If-Match. */
  tags: RepresentationTags;
}
