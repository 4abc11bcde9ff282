import type { Knex } from 'knex';

/**
 * The rate limiters' counters on PostgreSQL, the table rate-limiter-flexible
 * reads and writes (its own layout). UNLOGGED: a counter is written on every
 * limited request, and losing them in a crash only restarts the windows, so
 * they cost no write-ahead log. SQLite keeps its counters in a file of their
 * own beside the database instead (src/data/rate-limit-store.ts), so this
 * migration leaves it alone.
 */
export async function up(db: Knex): Promise<void> {
  if (db.client.config.client !== 'pg') return;
  await db.raw('CREATE UNLOGGED TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)');
}

export async function down(db: Knex): Promise<void> {
  if (db.client.config.client !== 'pg') return;
  await db.schema.dropTableIfExists('rate_limits');
}
