import type { Knex } from 'knex';

/**
 * Mentions: the users a post's body names as `@username`, recorded when the
 * post is written or edited. A mention goes with its post and with its
 * user, by cascade. The primary key serves a post's mentions; the index, a
 * user's.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mentions', (table) => {
    table.integer('post_id').notNullable().references('posts.id').onDelete('CASCADE');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.primary(['post_id', 'user_id']);
    table.index(['user_id', 'post_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mentions');
}
