import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { whenIdle } from './http/in-flight.js';
import { ConfigError, loadConfig } from './config.js';
import { closeDatabase, openDatabase } from './data/db.js';
import { ensureSchemaIsCurrent, migrateToLatest, SchemaError } from './data/migrator.js';

/** Process entry: read the settings, migrate, listen, and shut down cleanly on a signal. */
async function main() {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  try {
    if (config.migrateOnStart) await migrateToLatest(db);
    await ensureSchemaIsCurrent(db);
  } catch (error) {
    await closeDatabase(db);
    throw error;
  }
  const app = await createApp({ config, db });

  const server: Server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const database = config.databaseUrl.replace(/\/\/[^@/]*@/, '//…@'); // never print a password
    console.log(`Microblog API listening on http://${config.host}:${port}/api (database: ${database})`);
  });

  // Stop accepting, let the requests in flight finish (even those whose
  // client hung up), then close the database and exit.
  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then exiting`);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const drained = await whenIdle(app, config.shutdownTimeoutMs);
    if (!drained) console.error(`requests still running after ${config.shutdownTimeoutMs} ms: exiting anyway`);
    server.closeAllConnections();
    await closed;
    await closeDatabase(db);
    process.exit(drained ? 0 : 1);
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
  else if (error instanceof SchemaError) console.error(`database error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
