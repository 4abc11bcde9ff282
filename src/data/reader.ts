import Database, { type Statement } from 'better-sqlite3';
import type { Knex } from 'knex';

/**
 * Reads on SQLite through prepared statements that are kept.
 *
 * Knex prepares every statement anew and queues every query for its single
 * SQLite connection; on the hot read paths that costs more than the query.
 * So SQLite reads outside a transaction run on a second connection, which
 * WAL mode lets read the last committed state while the first one writes,
 * through statements prepared once per distinct SQL text. The SQL is still
 * built by Knex's query builders, in the data modules; only its execution
 * changes. PostgreSQL, and every query inside a transaction, go through Knex.
 */
class SqliteReader {
  private connection: Database.Database | undefined;
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly filename: string) {}

  statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      // Opened on first use: by then the server has created and migrated the file.
      this.connection ??= this.open();
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private open(): Database.Database {
    const connection = new Database(this.filename);
    connection.pragma('busy_timeout = 5000');
    connection.pragma('query_only = ON');
    return connection;
  }

  close(): void {
    this.connection?.close();
    this.connection = undefined;
    this.statements.clear();
  }
}

const readers = new WeakMap<object, SqliteReader>();

/** Gives an SQLite Knex instance its reader. */
export function attachReader(db: Knex, filename: string): void {
  readers.set(db.client, new SqliteReader(filename));
}

export function closeReader(db: Knex): void {
  readers.get(db.client)?.close();
}

// As Knex's SQLite dialect binds them.
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

function compiled(query: Knex.QueryBuilder) {
  // A transaction's queries have a client of their own, and no reader.
  const reader = readers.get(query.client);
  if (!reader) return undefined;
  const { sql, bindings } = query.toSQL().toNative();
  return { statement: reader.statement(sql), bindings: bindings.map(sqliteValue) };
}

/** Every row a SELECT returns. */
export async function selectRows<T>(query: Knex.QueryBuilder): Promise<T[]> {
  const run = compiled(query);
  return run ? (run.statement.all(...run.bindings) as T[]) : ((await query) as T[]);
}

/** The first row a SELECT returns (use with .first() or a limit). */
export async function selectRow<T>(query: Knex.QueryBuilder): Promise<T | undefined> {
  const run = compiled(query);
  if (!run) return (await query) as T | undefined;
  return run.statement.get(...run.bindings) as T | undefined;
}
