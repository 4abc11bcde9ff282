import Database, { type Statement } from 'better-sqlite3';
import type { EventEmitter } from 'node:events';
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
 * changes (and, for the fixed-shape lookups of `preparedSelect` and the page
 * shapes of `preparedShapes`, how often it is built). PostgreSQL, and every
 * query inside a transaction, go through Knex. The data modules read through
 * `selectRow`, `preparedSelect` and `preparedShapes` alone, and never see
 * which path a read takes: that is decided here, by what the Database holds.
 *
 * Measured (CPU per request under load, SQLite, 2026-12-03): GET
 * /api/users/{id} 93 us through this path, 305 us with every read through
 * Knex; a users page of 25, 239 us against 570 us.
 */
/** Distinct SQL texts kept prepared; the least recently used beyond this are finalized. */
const MAX_STATEMENTS = 500;

/**
 * A statement that returns rows as arrays, turned into objects here:
 * better-sqlite3 builds each row object by looking every column name up in
 * V8's string table, which for a page of 25 users cost as much as the query.
 */
class RowStatement {
  private readonly names: string[];

  constructor(private readonly statement: Statement) {
    statement.raw(true);
    this.names = statement.columns().map((column) => column.name);
  }

  private object(values: unknown[]): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    // In column order, so that a later column of the same name wins, as in better-sqlite3.
    for (let i = 0; i < this.names.length; i++) row[this.names[i] as string] = values[i];
    return row;
  }

  get(bindings: unknown[]): Record<string, unknown> | undefined {
    const values = this.statement.get(...bindings) as unknown[] | undefined;
    return values && this.object(values);
  }

  all(bindings: unknown[]): Record<string, unknown>[] {
    return (this.statement.all(...bindings) as unknown[][]).map((values) => this.object(values));
  }
}

export class SqliteReader {
  private connection: Database.Database | undefined;
  private readonly statements = new Map<string, RowStatement>();

  constructor(private readonly filename: string) {}

  statement(sql: string): RowStatement {
    let statement = this.statements.get(sql);
    if (statement) {
      // Most recently used last, so the first key is the one to drop.
      this.statements.delete(sql);
    } else {
      // Opened on first use: by then the server has created and migrated the file.
      this.connection ??= this.open();
      statement = new RowStatement(this.connection.prepare(sql));
      if (this.statements.size >= MAX_STATEMENTS) this.statements.delete(this.statements.keys().next().value as string);
    }
    this.statements.set(sql, statement);
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

// As Knex's SQLite dialect binds them.
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

/** Page sizes and `first()`: few distinct values, so few distinct statements. */
const MAX_INLINED_LIMIT = 1000;

/**
 * SQLite plans a statement again every time it runs when its LIMIT is a
 * bound parameter (the planner uses the limit's value), and planning costs
 * more than a lookup by key. Knex binds every limit, so small integer limits
 * are written into the SQL instead.
 */
function inlineLimits(sql: string, bindings: readonly unknown[]): { sql: string; bindings: unknown[] } {
  const parts = sql.split('?');
  // A `?` that is not a placeholder (inside a literal): leave the statement alone.
  if (parts.length !== bindings.length + 1) return { sql, bindings: [...bindings] };
  let inlined = parts[0] as string;
  const kept: unknown[] = [];
  bindings.forEach((value, i) => {
    const isLimit = /\blimit\s*$/i.test(parts[i] as string);
    if (isLimit && Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INLINED_LIMIT) {
      inlined += String(value);
    } else {
      inlined += '?';
      kept.push(value);
    }
    inlined += parts[i + 1];
  });
  return { sql: inlined, bindings: kept };
}

/**
 * What the data functions read and write through: Knex, and SQLite's read
 * connection when there is one (the Database; or a seed's bare Knex, through
 * Knex alone).
 */
export interface Db {
  readonly knex: Knex;
  readonly reader: SqliteReader | undefined;
  /** Where this process hears what committed transactions announce (db.ts's announce); none for a seed's bare Knex. */
  readonly announcements?: EventEmitter;
  /** Whether its transactions announce from this process once committed (else by NOTIFY, on PostgreSQL). */
  readonly announcesAfterCommit?: boolean;
}

/** Where a read runs: the database, or a transaction (always Knex: it must see its own writes). */
export type ReadSource = Db | Knex.Transaction;

/** The reader and the Knex a read from `source` uses. */
function readPath(source: ReadSource): { knex: Knex; reader: SqliteReader | undefined } {
  // Knex and its transactions are functions; the database is an object.
  return typeof source === 'function' ? { knex: source, reader: undefined } : source;
}

/** The first row a SELECT that `build` makes returns (use with .first() or a limit). */
export async function selectRow<T>(source: ReadSource, build: (knex: Knex) => Knex.QueryBuilder): Promise<T | undefined> {
  const { knex, reader } = readPath(source);
  const query = build(knex);
  if (!reader) return (await query) as T | undefined;
  const native = query.toSQL().toNative();
  const { sql, bindings } = inlineLimits(native.sql, native.bindings);
  return reader.statement(sql).get(bindings.map(sqliteValue)) as T | undefined;
}

export type Argument = string | number | Date;

/** Where an argument goes among a compiled statement's bindings. */
interface Plan {
  sql: string;
  /** For each binding, the index of the argument it takes, or the constant it is. */
  bindings: ({ argument: number } | { constant: unknown })[];
}

const sentinel = (index: number) => `\u0000argument ${index}\u0000`;

/**
 * A SELECT whose shape never depends on its arguments (a lookup by id, by
 * token hash): Knex builds and compiles it once per database instead of once
 * per call, which on the hottest paths cost as much as running it. `build`
 * is called once with placeholder arguments, so it must only pass them on
 * as values, never branch on them. It takes `arity` arguments: as many as it
 * declares, unless it gathers them with `...args`.
 */
export function preparedSelect<Args extends Argument[], Row>(build: (db: Knex, ...args: Args) => Knex.QueryBuilder, arity = build.length - 1) {
  // Only SQLite's reads are prepared, and every SQLite database compiles the same SQL: one plan.
  let found: Plan | undefined;

  function plan(db: Knex): Plan {
    if (!found) {
      const placeholders = Array.from({ length: arity }, (_, i) => sentinel(i));
      const native = build(db, ...(placeholders as Args)).toSQL().toNative();
      const { sql, bindings } = inlineLimits(native.sql, native.bindings);
      found = {
        sql,
        bindings: bindings.map((value) => {
          const argument = placeholders.indexOf(value as string);
          return argument >= 0 ? { argument } : { constant: sqliteValue(value) };
        }),
      };
      const unused = placeholders.filter((p) => !bindings.includes(p));
      if (unused.length > 0) throw new Error(`preparedSelect: ${unused.length} argument(s) not bound as values in ${sql}`);
    }
    return found;
  }

  function statement(knex: Knex, reader: SqliteReader, args: Args) {
    const { sql, bindings } = plan(knex);
    const values = bindings.map((b) => ('argument' in b ? sqliteValue(args[b.argument]) : b.constant));
    return { statement: reader.statement(sql), values };
  }

  return {
    /** The first row, or undefined. */
    async row(source: ReadSource, ...args: Args): Promise<Row | undefined> {
      const { knex, reader } = readPath(source);
      if (!reader) return (await build(knex, ...args)) as Row | undefined;
      const run = statement(knex, reader, args);
      return run.statement.get(run.values) as Row | undefined;
    },
    /** Every row. */
    async rows(source: ReadSource, ...args: Args): Promise<Row[]> {
      const { knex, reader } = readPath(source);
      if (!reader) return (await build(knex, ...args)) as Row[];
      const run = statement(knex, reader, args);
      return run.statement.all(run.values) as Row[];
    },
  };
}

export type PreparedSelect<Args extends Argument[], Row> = ReturnType<typeof preparedSelect<Args, Row>>;

/** Shapes kept per family; past it (a crawler's deep page numbers), the family starts again. */
const MAX_SHAPES = 200;

/**
 * A SELECT of a few shapes (a direction, a page size, a comparison: what a
 * keyset page varies in), each one a preparedSelect built on its first use.
 * A collection's page cost Knex more to build and compile than SQLite to
 * run: built once per shape, it costs only the run. `key` names a shape;
 * `build` makes its query, branching on the shape, never on the arguments.
 */
export function preparedShapes<Shape, Args extends Argument[], Row>(
  key: (shape: Shape) => string,
  build: (shape: Shape) => (db: Knex, ...args: Args) => Knex.QueryBuilder,
  arity?: number,
): (shape: Shape) => PreparedSelect<Args, Row> {
  const shapes = new Map<string, PreparedSelect<Args, Row>>();
  return (shape) => {
    const name = key(shape);
    let prepared = shapes.get(name);
    if (!prepared) {
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      const built = build(shape);
      prepared = preparedSelect<Args, Row>(built, arity ?? built.length - 1);
      shapes.set(name, prepared);
    }
    return prepared;
  };
}
