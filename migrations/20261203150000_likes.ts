import type { Knex } from 'knex';

/**
 * Likes: a user likes a post at most once (the unique pair), and each post
 * counts its likes (posts.like_count, kept in the same transaction as the
 * rows it counts). A like goes with its post and with its user, by cascade.
 * The indexes serve a post's likers in user id order and a user's likes
 * newest first (by the like's own id).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('likes', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.integer('post_id').notNullable().references('posts.id').onDelete('CASCADE');
    table.timestamp('liked_at', { useTz: true }).notNullable();
    table.unique(['user_id', 'post_id']);
    table.index(['post_id', 'user_id']);
  });
  await db.schema.alterTable('posts', (table) => {
    table.integer('like_count').notNullable().defaultTo(0);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('posts', (table) => {
    table.dropColumn('like_count');
  });
  await db.schema.dropTable('likes');
}
