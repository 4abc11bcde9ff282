import Koa from 'koa';
import { Auth } from './auth.js';
import type { Config } from './config.js';
import { loadContract } from './contract.js';
import type { Db } from './data/db.js';
import { contractHandlers } from './handlers/contract.js';
import { documentationHandlers } from './handlers/documentation.js';
import { followingHandlers } from './handlers/following.js';
import { postsHandlers } from './handlers/posts.js';
import { tokensHandlers } from './handlers/tokens.js';
import { usersHandlers } from './handlers/users.js';
import { errorResponses } from './http/errors.js';
import { trackInFlight } from './http/in-flight.js';
import { contractRouter } from './http/router.js';
import type { Services } from './services.js';

export interface AppOptions {
  config: Config;
  db: Db;
  /** Where unexpected errors go; they are never shown to the client. */
  onUnexpectedError?: (error: unknown, ctx: Koa.Context) => void;
}

/** The Koa application: error rendering around the contract's router. */
export async function createApp({ config, db, onUnexpectedError }: AppOptions): Promise<Koa> {
  const contract = loadContract();
  const services: Services = { config, db, auth: new Auth(db, config) };
  const app = new Koa();
  app.use(trackInFlight(app));
  app.use(errorResponses(onUnexpectedError ?? ((error) => console.error(error))));
  app.use(
    await contractRouter(contract, services, {
      ...usersHandlers(services),
      ...followingHandlers(services),
      ...postsHandlers(services),
      ...tokensHandlers(services),
      ...contractHandlers(contract),
      ...documentationHandlers(),
    }),
  );
  return app;
}
