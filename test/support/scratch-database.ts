import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own, for a test that runs servers or migrations as
 * processes and must not disturb the suite's: a fresh SQLite file, or on
 * PostgreSQL (TEST_DATABASE_URL) a fresh database on the same server.
 */
export async function scratchDatabase(name: string): Promise<ScratchDatabase> {
  const shared = process.env.TEST_DATABASE_URL;
  if (!shared) {
    const dir = mkdtempSync(path.join(tmpdir(), `microblog-${name}-`));
    return { url: `sqlite:${path.join(dir, 'db.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const database = `microblog_${name.replace(/\W/g, '_')}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(shared);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: shared });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    },
  };
}
