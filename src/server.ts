import type { Server } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { closeDatabase, openDatabase } from './data/db.js';
import { migrateToLatest } from './data/migrator.js';

/** Process entry: read the settings, migrate, listen, and shut down cleanly on a signal. */
async function main() {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const app = await createApp({ config, db });

  const server: Server = app.listen(config.port, config.host, () => {
    console.log(`Microblog API listening on http://${config.host}:${config.port}/api (database: ${config.databaseUrl.replace(/\/\/[^@/]*@/, '//…@')})`);
  });

  const shutdown = (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then exiting`);
    server.close(async () => {
      await closeDatabase(db);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
