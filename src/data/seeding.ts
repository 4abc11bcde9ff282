import { fileURLToPath } from 'node:url';
import type { Database } from './db.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Runs every Knex seed in seeds/; returns the files it ran. */
export async function runSeeds(db: Database): Promise<string[]> {
  const [files] = await db.knex.seed.run({ directory: seedsDir, loadExtensions: ['.ts', '.js'] });
  return files;
}
