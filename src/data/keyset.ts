/**
 * Keyset pagination over a collection ordered by a unique integer id, in
 * either direction. A page is found from a cursor (before or after an id) or,
 * for a page number, from an offset; either way one query reads one more row
 * than the page holds, to learn whether there is more on the far side, and
 * one existence check looks at the near side. With a cursor, the cost does
 * not depend on how deep the page is.
 */

/** Where a page starts: an offset in the collection's order, or a cursor on either side of an id. */
export type Window =
  | { limit: number; offset: number }
  | { limit: number; before: number }
  | { limit: number; after: number };

export type Order = 'asc' | 'desc';

/** One page, in the collection's order, and whether there is more on each side. */
export interface Slice<T> {
  rows: T[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/** How to read the rows: `fetch` applies the range, direction and limit to the collection's query. */
export interface KeysetSource<T> {
  fetch(range: { direction: Order; limit: number; offset?: number; beyond?: { op: '<' | '>'; id: number } }): Promise<T[]>;
  exists(op: '<' | '>', id: number): Promise<boolean>;
  id(row: T): number;
}

/** What a page read varies in besides its cursor: a shape to prepare once (reader.ts's preparedShapes). */
export interface PageShape {
  direction: Order;
  limit: number;
  /** Beyond a cursor (the query's one argument), or from an offset. */
  op?: '<' | '>';
  offset?: number;
}

export const pageShapeKey = (shape: PageShape) => `${shape.direction} ${shape.limit} ${shape.op ?? `offset ${shape.offset ?? 0}`}`;

/** The shape of a page read. */
export function pageShapeOf(range: Parameters<KeysetSource<unknown>['fetch']>[0]): PageShape {
  const { direction, limit, offset, beyond } = range;
  return beyond ? { direction, limit, op: beyond.op } : { direction, limit, offset: offset ?? 0 };
}

const reverse = (order: Order): Order => (order === 'asc' ? 'desc' : 'asc');

export async function slice<T>(source: KeysetSource<T>, order: Order, window: Window): Promise<Slice<T>> {
  const forward = order === 'asc' ? '>' : '<';
  const backward = order === 'asc' ? '<' : '>';
  const limit = window.limit + 1;
  const cursor = 'before' in window ? { op: '<' as const, id: window.before } : 'after' in window ? { op: '>' as const, id: window.after } : undefined;

  if (cursor && cursor.op === backward) {
    // Walking back: read in reverse, then put the page in the collection's order.
    const rows = await source.fetch({ direction: reverse(order), limit, beyond: cursor });
    const page = rows.slice(0, window.limit).reverse();
    const last = page.at(-1);
    return { rows: page, hasPrevious: rows.length > window.limit, hasNext: last !== undefined && (await source.exists(forward, source.id(last))) };
  }
  const offset = 'offset' in window ? window.offset : 0;
  const rows = await source.fetch({ direction: order, limit, ...(cursor ? { beyond: cursor } : { offset }) });
  const page = rows.slice(0, window.limit);
  const first = page[0];
  // The first page by number starts the collection: nothing comes before it, and no query need say so.
  const atStart = !cursor && offset === 0;
  return { rows: page, hasNext: rows.length > window.limit, hasPrevious: !atStart && first !== undefined && (await source.exists(backward, source.id(first))) };
}
