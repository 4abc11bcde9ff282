import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { openDatabase } from '../data/db.js';
import { migrateToLatest } from '../data/migrator.js';

/** `npm run seed`: replaces the database's contents with the demo data in seeds/. */
const db = openDatabase(loadConfig().databaseUrl);
try {
  await migrateToLatest(db);
  const [files] = await db.seed.run({
    directory: fileURLToPath(new URL('../../seeds/', import.meta.url)),
    loadExtensions: ['.ts', '.js'],
  });
  console.log(`seeded: ${files.join(', ')}`);
} finally {
  await db.destroy();
}
