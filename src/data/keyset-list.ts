import type { Knex } from 'knex';
import { pageShapeKey, pageShapeOf, slice, type Order, type PageShape, type Slice, type Window } from './keyset.js';
import { preparedShapes, type Argument, type Db } from './reader.js';

/** What a keyset list is: its rows for its arguments, what it selects of them, and the key it is ordered and cut by. */
export interface KeysetListOf<Args extends Argument[], Row> {
  /** How many arguments `members` takes (the user or post the list belongs to, say). */
  arity: Args['length'];
  /** The list's rows, filtered and joined, not yet ordered, cut or selected. */
  members: (db: Knex, ...args: Args) => Knex.QueryBuilder;
  /** What a page selects of them. */
  columns: (db: Knex) => (string | Knex.Raw)[];
  /** The unique column the list is ordered by and its cursors name. */
  key: string;
  /** A row's key, as read. */
  id: (row: Row) => number;
}

/**
 * A keyset list's three reads (keyset.ts's slice: a page from an offset, a
 * page beyond a cursor, whether anything lies beyond a cursor), each
 * prepared once per page shape (reader.ts's preparedShapes). Answers a
 * function that reads one page of the list for its arguments.
 */
export function keysetList<Args extends Argument[], Row>(list: KeysetListOf<Args, Row>) {
  const page = ({ direction, limit }: PageShape, db: Knex, args: Args) =>
    list.members(db, ...args).orderBy(list.key, direction).limit(limit).select(list.columns(db));
  const from = preparedShapes<PageShape, Args, Row>(pageShapeKey, (shape) => (db, ...args) => page(shape, db, args).offset(shape.offset ?? 0), list.arity);
  const beyond = preparedShapes<PageShape, [...Args, number], Row>(
    pageShapeKey,
    (shape) =>
      (db, ...args) =>
        page(shape, db, args.slice(0, -1) as Args).where(list.key, shape.op!, args.at(-1) as number),
    list.arity + 1,
  );
  const anyBeyond = preparedShapes<'<' | '>', [...Args, number], Record<string, number>>(
    String,
    (op) =>
      (db, ...args) =>
        list.members(db, ...(args.slice(0, -1) as Args)).where(list.key, op, args.at(-1) as number).first(list.key),
    list.arity + 1,
  );
  return (db: Db, args: Args, order: Order, window: Window): Promise<Slice<Row>> =>
    slice<Row>(
      {
        fetch: (range) => (range.beyond ? beyond(pageShapeOf(range)).rows(db, ...args, range.beyond.id) : from(pageShapeOf(range)).rows(db, ...args)),
        exists: async (op, id) => (await anyBeyond(op).row(db, ...args, id)) !== undefined,
        id: list.id,
      },
      order,
      window,
    );
}
