import type { Knex } from 'knex';

/**
 * Replies: a post may reply to another (posts.in_reply_to), and each post
 * counts its direct replies (posts.reply_count, kept in the same transaction
 * as the rows it counts). Deleting a post keeps its replies: the database
 * sets their in_reply_to to null. The index serves a post's replies in id
 * order, and the count of them that a deleted author's replies take back.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('posts', (table) => {
    table.integer('in_reply_to').nullable().references('posts.id').onDelete('SET NULL');
    table.integer('reply_count').notNullable().defaultTo(0);
    table.index(['in_reply_to', 'id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('posts', (table) => {
    table.dropIndex(['in_reply_to', 'id']);
    table.dropForeign(['in_reply_to']);
    table.dropColumn('in_reply_to');
    table.dropColumn('reply_count');
  });
}
