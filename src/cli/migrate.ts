import { loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../data/db.js';
import { migrateToLatest, rollbackLatest } from '../data/migrator.js';

/** `npm run migrate` brings the schema up to date; `npm run migrate -- rollback` undoes the last batch. */
const command = process.argv[2] ?? 'latest';
const db = openDatabase(loadConfig().databaseUrl);
try {
  if (command === 'latest') await migrateToLatest(db);
  else if (command === 'rollback') await rollbackLatest(db);
  else throw new Error(`unknown command "${command}": use latest or rollback`);
  console.log(`migrate ${command}: done`);
} finally {
  await closeDatabase(db);
}
