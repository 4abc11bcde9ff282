import { loadConfig } from '../config.js';
import { closeDatabase, openDatabase } from '../data/db.js';
import { migrateToLatest } from '../data/migrator.js';
import { runSeeds } from '../data/seeding.js';

/** `npm run seed`: adds the demo data in seeds/ to the database (safe to run twice). */
const db = openDatabase(loadConfig().databaseUrl);
try {
  await migrateToLatest(db);
  const files = await runSeeds(db);
  console.log(`seeded: ${files.map((file) => file.split('/').at(-1)).join(', ')}`);
} finally {
  await closeDatabase(db);
}
