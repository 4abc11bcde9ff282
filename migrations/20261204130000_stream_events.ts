import type { Knex } from 'knex';

/**
 * What live streams send, kept for a while so that a client that reconnects
 * with Last-Event-ID is sent what it missed: a new post (`post`, for its
 * author's followers and itself), a post deleted (`delete`), a notification
 * (`notification`, for its user). Written in the transaction of what caused
 * it, so an event's id is its stream id; no foreign keys, since a `delete`
 * outlives its post (and the rest are skipped once what they name is gone).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('stream_events', (table) => {
    table.increments('id');
    table.string('type', 16).notNullable();
    table.integer('user_id').notNullable();
    table.integer('post_id').nullable();
    table.integer('notification_id').nullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.index(['at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('stream_events');
}
