import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('posts', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.text('body').notNullable();
    table.timestamp('timestamp', { useTz: true }).notNullable();
    // A user's posts newest first, and each followed user's part of a feed,
    // read straight off this index (id order is time order).
    table.index(['user_id', 'id'], 'posts_user_id_id_index');
  });

  // Collection totals kept in the same transaction as the rows they count,
  // so that no page has to COUNT(*) a table.
  await db.schema.createTable('totals', (table) => {
    table.string('name', 32).primary();
    table.bigInteger('value').notNullable();
  });
  const [users] = await db('users').count<{ n: number | string }[]>({ n: '*' });
  await db('totals').insert([
    { name: 'users', value: Number(users?.n ?? 0) },
    { name: 'posts', value: 0 },
  ]);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('totals');
  await db.schema.dropTable('posts');
}
