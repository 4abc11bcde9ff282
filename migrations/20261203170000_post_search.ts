import type { Knex } from 'knex';
import { searchText } from '../src/search.js';

/**
 * Search: each post keeps its body as search text (src/search.ts: no
 * accents, lower case, words only), written with the body in the same
 * statement, and a full-text index over it kept in step by the database: on
 * SQLite an FTS5 table with the posts as its external content, updated by
 * triggers in the same transaction as every insert, edit and delete; on
 * PostgreSQL a GIN index over the `simple` tsvector of the text.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('posts', (table) => {
    table.text('search_text').notNullable().defaultTo('');
  });
  for (const post of await db('posts').select('id', 'body')) {
    await db('posts').where({ id: post.id }).update({ search_text: searchText(post.body) });
  }
  if (db.client.config.client === 'better-sqlite3') {
    await db.raw("CREATE VIRTUAL TABLE posts_search USING fts5(search_text, content='posts', content_rowid='id', tokenize='unicode61')");
    await db.raw('CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN INSERT INTO posts_search(rowid, search_text) VALUES (new.id, new.search_text); END');
    await db.raw(
      "CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN INSERT INTO posts_search(posts_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    );
    await db.raw(
      "CREATE TRIGGER posts_search_update AFTER UPDATE OF search_text ON posts BEGIN INSERT INTO posts_search(posts_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); INSERT INTO posts_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    );
    await db.raw("INSERT INTO posts_search(posts_search) VALUES ('rebuild')");
  } else {
    await db.raw("CREATE INDEX posts_search_text ON posts USING gin (to_tsvector('simple', search_text))");
  }
}

export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'better-sqlite3') {
    for (const trigger of ['posts_search_insert', 'posts_search_delete', 'posts_search_update']) await db.raw(`DROP TRIGGER ${trigger}`);
    await db.raw('DROP TABLE posts_search');
  } else {
    await db.raw('DROP INDEX posts_search_text');
  }
  await db.schema.alterTable('posts', (table) => {
    table.dropColumn('search_text');
  });
}
