import type BetterSqlite3 from 'better-sqlite3';
import type { Knex } from 'knex';
import { COUNTERS_TABLE as TABLE } from './counter-file.js';
import type { Database } from './db.js';

/** One key's calls to add to the shared count: the key names one window, which ends at `expiresAt` (ms). */
export interface CountDelta {
  key: string;
  delta: number;
  expiresAt: number;
}

/**
 * Counts that every process and instance on one database adds to and sees:
 * the rows of the rate_limits table (PostgreSQL's UNLOGGED table, or SQLite's
 * counters file beside the database), the table rate-limiter-flexible keeps
 * its own counters in and clears of expired rows.
 */
export interface SharedCounts {
  /**
   * Adds each delta to its key's count, all at once, and answers each key's
   * count after it (a delta of 0 only reads the count; a key never written
   * is absent from the answer).
   */
  add(deltas: CountDelta[]): Promise<Map<string, number>>;
}

/** PostgreSQL: one upsert for the calls, one read for the keys that only look. */
function postgresCounts(db: Knex): SharedCounts {
  return {
    async add(deltas) {
      const totals = new Map<string, number>();
      const adding = deltas.filter((d) => d.delta > 0);
      const looking = deltas.filter((d) => d.delta === 0).map((d) => d.key);
      if (adding.length > 0) {
        const values = adding.map(() => '(?, ?, ?)').join(', ');
        const { rows } = (await db.raw(
          `INSERT INTO ${TABLE} (key, points, expire) VALUES ${values}
           ON CONFLICT (key) DO UPDATE SET points = ${TABLE}.points + EXCLUDED.points
           RETURNING key, points`,
          adding.flatMap(({ key, delta, expiresAt }) => [key, delta, expiresAt]),
        )) as { rows: { key: string; points: number }[] };
        for (const row of rows) totals.set(row.key, Number(row.points));
      }
      if (looking.length > 0) {
        const rows = (await db(TABLE).select('key', 'points').whereIn('key', looking)) as { key: string; points: number }[];
        for (const row of rows) totals.set(row.key, Number(row.points));
      }
      return totals;
    },
  };
}

/** SQLite: the counters file, one transaction for the batch through a statement prepared once. */
function sqliteCounts(counters: BetterSqlite3.Database): SharedCounts {
  const upsert = counters.prepare(
    `INSERT INTO ${TABLE} (key, points, expire) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET points = points + excluded.points
     RETURNING points`,
  );
  const read = counters.prepare(`SELECT points FROM ${TABLE} WHERE key = ?`);
  const addAll = counters.transaction((deltas: CountDelta[]) => {
    const totals = new Map<string, number>();
    for (const { key, delta, expiresAt } of deltas) {
      const row = (delta > 0 ? upsert.get(key, delta, expiresAt) : read.get(key)) as { points: number } | undefined;
      if (row) totals.set(key, row.points);
    }
    return totals;
  });
  return { add: async (deltas) => addAll(deltas) };
}

/**
 * The shared counts of this database, or none for an SQLite database in
 * memory (one process, nothing to share).
 */
export function sharedCounts(db: Database): SharedCounts | undefined {
  if (!db.isSqlite) return postgresCounts(db.knex);
  const counters = db.counters();
  return counters && sqliteCounts(counters);
}
