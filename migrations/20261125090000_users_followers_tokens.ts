import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('users', (table) => {
    table.increments('id');
    table.string('username', 64).notNullable();
    table.string('email', 120).notNullable();
    table.string('password_hash', 60).notNullable();
    table.string('about_me', 140).nullable();
    table.timestamp('last_seen', { useTz: true }).notNullable();
    // Kept in the same transaction as the rows they count, so that a user's
    // representation never scans its followers or posts.
    table.integer('post_count').notNullable().defaultTo(0);
    table.integer('follower_count').notNullable().defaultTo(0);
    table.integer('followed_count').notNullable().defaultTo(0);
  });
  // Usernames and emails are unique without regard to case; these indexes
  // also serve the case-insensitive lookups at login and registration.
  await db.raw('CREATE UNIQUE INDEX users_username_lower_unique ON users (lower(username))');
  await db.raw('CREATE UNIQUE INDEX users_email_lower_unique ON users (lower(email))');

  await db.schema.createTable('followers', (table) => {
    table.integer('follower_id').notNullable().references('users.id').onDelete('CASCADE');
    table.integer('followed_id').notNullable().references('users.id').onDelete('CASCADE');
    table.primary(['follower_id', 'followed_id']);
    // The primary key serves "whom does X follow"; this serves "who follows X".
    table.index(['followed_id', 'follower_id'], 'followers_followed_id_follower_id_index');
  });

  await db.schema.createTable('tokens', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    // SHA-256 of the token, hex: a leaked table holds no usable token.
    table.string('token_hash', 64).notNullable().unique();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.index(['user_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('tokens');
  await db.schema.dropTable('followers');
  await db.schema.dropTable('users');
}
