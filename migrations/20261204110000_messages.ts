import type { Knex } from 'knex';

/**
 * Private messages: from a sender to a recipient, going with either account
 * by cascade. Each user keeps a read marker (the last message id read) and
 * counts its unread messages (users.unread_message_count: those received
 * after the marker, kept in the same transaction as the rows it counts). The
 * indexes serve each user's received and sent messages newest first.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('messages', (table) => {
    table.increments('id');
    table.integer('sender_id').notNullable().references('users.id').onDelete('CASCADE');
    table.integer('recipient_id').notNullable().references('users.id').onDelete('CASCADE');
    table.text('body').notNullable();
    table.timestamp('timestamp', { useTz: true }).notNullable();
    table.index(['recipient_id', 'id']);
    table.index(['sender_id', 'id']);
  });
  await db.schema.alterTable('users', (table) => {
    table.integer('last_read_message_id').notNullable().defaultTo(0);
    table.integer('unread_message_count').notNullable().defaultTo(0);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('users', (table) => {
    table.dropColumn('unread_message_count');
    table.dropColumn('last_read_message_id');
  });
  await db.schema.dropTable('messages');
}
