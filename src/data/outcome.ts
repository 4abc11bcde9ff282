/**
 * What a write found, for the caller to answer: done (with the row as
 * written), no such row, a row that is no longer the version the caller
 * read and expected (an If-Match), a username or email someone else
 * holds, or a reference to a row that is not there. Data functions say it as a value; src/outcomes.ts turns it into the
 * API's answer.
 */
export type Outcome<T> =
  | { status: 'done'; row: T }
  | { status: 'missing' }
  | { status: 'changed' }
  | { status: 'taken'; field: 'username' | 'email' }
  /** A reference in the request to a row that is not there (a reply to a post that is not). */
  | { status: 'dangling'; field: 'in_reply_to' };

export const done = <T>(row: T): Outcome<T> => ({ status: 'done', row });
export const missing = { status: 'missing' } as const;
export const changed = { status: 'changed' } as const;

/** A Date from PostgreSQL and epoch milliseconds from SQLite compare as the same instant. */
const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : value);

/**
 * Whether `current` is still the version `expected` was read as, by the
 * columns its representation shows (what its ETag covers); true when
 * nothing was expected.
 */
export function sameVersion<T extends object>(current: T, expected: T | undefined, columns: readonly (keyof T)[]): boolean {
  return expected === undefined || columns.every((column) => comparable(current[column]) === comparable(expected[column]));
}
