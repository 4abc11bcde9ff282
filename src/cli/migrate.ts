import { loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../data/db.js';
import { migrateToLatest, rollbackLatest, unlockMigrations } from '../data/migrator.js';

/**
 * `npm run migrate` brings the schema up to date; `npm run migrate -- rollback`
 * undoes the last batch; `npm run migrate -- unlock` frees the lock left by a
 * migration that stopped in the middle.
 */
const commands = { latest: migrateToLatest, rollback: rollbackLatest, unlock: unlockMigrations };
const command = process.argv[2] ?? 'latest';
if (!(command in commands)) {
  console.error(`unknown command "${command}": use ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
const db = openDatabase(loadConfig().databaseUrl);
try {
  await commands[command as keyof typeof commands](db);
  console.log(`migrate ${command}: done`);
} catch (error) {
  console.error(`migrate ${command} failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDatabase(db);
}
