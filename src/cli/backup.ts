import { loadConfig } from '../config.js';
import { backUpSqlite } from '../data/backup.js';

/**
 * `npm run backup -- <file>`: an online backup of the SQLite database that
 * DATABASE_URL names, taken while the server runs. PostgreSQL has its own
 * tool for that, pg_dump (deploy/README.md shows both, and how to restore).
 */
const destination = process.argv[2];
if (!destination) {
  console.error('usage: npm run backup -- <file to write>');
  process.exit(2);
}
const { databaseUrl } = loadConfig();
if (!databaseUrl.startsWith('sqlite:')) {
  console.error('DATABASE_URL is a PostgreSQL database: back it up with pg_dump (deploy/README.md, "Back up and restore")');
  process.exit(2);
}
const file = databaseUrl.slice('sqlite:'.length);
try {
  const pages = await backUpSqlite(file, destination);
  console.log(`backed up ${file} to ${destination}: ${pages} pages, integrity check ok`);
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
