import type { Knex } from 'knex';

/**
 * Notifications: what an actor did that concerns a user (a follow, a reply,
 * a like, a mention, a message), written in the same transaction as what
 * caused it. Each goes with either user, and with the post or message it
 * concerns, by cascade; the writes that undo a cause (an unfollow, an
 * unlike, an edit that no longer mentions) delete it. The indexes serve a
 * user's notifications in id order, the cascades, and the undoing.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notifications', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.string('type', 16).notNullable();
    table.integer('actor_id').notNullable().references('users.id').onDelete('CASCADE');
    table.integer('post_id').nullable().references('posts.id').onDelete('CASCADE');
    table.integer('message_id').nullable().references('messages.id').onDelete('CASCADE');
    table.timestamp('timestamp', { useTz: true }).notNullable();
    table.index(['user_id', 'id']);
    table.index(['actor_id', 'user_id']);
    table.index(['post_id']);
    table.index(['message_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('notifications');
}
