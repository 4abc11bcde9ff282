import type { Outcome } from './data/outcome.js';
import { ApiError, badRequest, notFound } from './errors.js';

/** The seed's words when a username or email belongs to someone else. */
const TAKEN = {
  username: 'please use a different username',
  email: 'please use a different email address',
} as const;

export function preconditionFailed(what: string): ApiError {
  return new ApiError(412, `${what} has changed since it was read (If-Match does not match its ETag); read it again`);
}

/** The row a write wrote, or the API's answer to why it did not: 404, 412, or 400 naming the field taken. */
export function written<T>(outcome: Outcome<T>, what: string): T {
  switch (outcome.status) {
    case 'done':
      return outcome.row;
    case 'missing':
      throw notFound(`${what} does not exist`);
    case 'changed':
      throw preconditionFailed(what);
    case 'taken':
      throw badRequest(TAKEN[outcome.field], [{ in: 'body', field: outcome.field, message: 'is taken' }]);
    case 'dangling':
      throw badRequest(`body field "${outcome.field}" names no post`, [{ in: 'body', field: outcome.field, message: 'names no post' }]);
  }
}
