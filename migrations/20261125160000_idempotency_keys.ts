import type { Knex } from 'knex';

/**
 * Idempotency-Key: which resource a client's key created, written in the same
 * transaction as the resource, so a retry either finds both or neither.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('idempotency_keys', (table) => {
    // Whose key: "posts:user:<id>" for a user's posts, "users" for registrations.
    table.string('scope', 64).notNullable();
    table.string('key', 255).notNullable();
    // SHA-256 of the request as the key first saw it (never of a password).
    table.string('request_hash', 64).notNullable();
    table.integer('resource_id').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['scope', 'key']);
    // Keys expire after 24 hours: found and deleted by age.
    table.index(['created_at'], 'idempotency_keys_created_at_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('idempotency_keys');
}
