import type { Knex } from 'knex';
import { MAX_TERM_LENGTH } from '../src/search.js';

/**
 * Every word any post's search text has held, for the search's last word,
 * which also matches as the start of a longer one: that word is looked up
 * here by range (a B-tree seek) and the search asks the full-text index for
 * the few words it names, one by one, which both databases answer by
 * streaming the newest matches. Asking them for a prefix instead makes
 * SQLite's FTS5 gather every match of the prefix first, whatever the page.
 * Words are added with each post written or edited, never removed: a word no
 * post holds any more matches nothing.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('search_terms', (table) => {
    table.string('term', MAX_TERM_LENGTH).primary();
  });
  const terms = new Set<string>();
  for (const { search_text: text } of await db('posts').select('search_text')) {
    for (const term of (text as string).split(' ')) if (term && term.length <= MAX_TERM_LENGTH) terms.add(term);
  }
  const rows = [...terms].map((term) => ({ term }));
  for (let i = 0; i < rows.length; i += 400) await db('search_terms').insert(rows.slice(i, i + 400));
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('search_terms');
}
