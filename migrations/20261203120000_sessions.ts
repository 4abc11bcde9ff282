import type { Knex } from 'knex';

/**
 * Sessions: one per login, kept across refreshes. An access token belongs to
 * a session (tokens.session_id), and so does each refresh token, which is
 * spent when used: a spent one presented again ends its session. Ending a
 * session (or deleting its user) removes its tokens by cascade. Tokens issued
 * before this migration each get a session of their own, with the default
 * scope, so that nobody is logged out by the upgrade.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('sessions', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.string('scope', 16).notNullable().defaultTo('read write');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('last_used_at', { useTz: true }).notNullable();
    table.string('user_agent', 256).nullable();
    // When the session ends unless refreshed: its refresh token's expiry.
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.index(['user_id']);
  });
  await db.schema.alterTable('tokens', (table) => {
    table.integer('session_id').nullable().references('sessions.id').onDelete('CASCADE');
    table.index(['session_id']);
  });
  const now = new Date();
  for (const token of await db('tokens').select('id', 'user_id', 'expires_at')) {
    const [session] = await db('sessions')
      .insert({ user_id: token.user_id, created_at: now, last_used_at: now, expires_at: token.expires_at })
      .returning('id');
    await db('tokens').where({ id: token.id }).update({ session_id: (session as { id: number }).id });
  }
  await db.schema.createTable('refresh_tokens', (table) => {
    table.increments('id');
    table.integer('session_id').notNullable().references('sessions.id').onDelete('CASCADE');
    // SHA-256 of the token, hex, as for access tokens.
    table.string('token_hash', 64).notNullable().unique();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    // Set when it is exchanged; presented again after that, it was copied.
    table.timestamp('spent_at', { useTz: true }).nullable();
    table.index(['session_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('refresh_tokens');
  await db.schema.alterTable('tokens', (table) => {
    table.dropIndex(['session_id']);
    table.dropForeign(['session_id']);
    table.dropColumn('session_id');
  });
  await db.schema.dropTable('sessions');
}
