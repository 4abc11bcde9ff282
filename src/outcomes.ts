import type { Outcome } from './data/outcome.js';
import { ApiError, badRequest, notFound, type ErrorCode } from './errors.js';

/** The seed's words when a username or email belongs to someone else, and the contract's codes for them. */
const TAKEN = {
  username: { code: 'username_taken', message: 'please use a different username' },
  email: { code: 'email_taken', message: 'please use a different email address' },
} as const satisfies Record<string, { code: ErrorCode; message: string }>;

/** What a write was about: a kind of resource, and its id when it has one yet. */
type Kind = 'user' | 'post' | 'message';
export type Subject = Kind | `${Kind} ${number}`;

const MISSING = { user: 'user_not_found', post: 'post_not_found', message: 'message_not_found' } as const satisfies Record<Kind, ErrorCode>;

export function preconditionFailed(what: string): ApiError {
  return new ApiError(412, 'precondition_failed', `${what} has changed since it was read (If-Match does not match its ETag); read it again`);
}

/** The row a write wrote, or the API's answer to why it did not: 404, 412, or 400 naming the field taken. */
export function written<T>(outcome: Outcome<T>, what: Subject): T {
  switch (outcome.status) {
    case 'done':
      return outcome.row;
    case 'missing':
      throw notFound(MISSING[what.split(' ')[0] as Kind], `${what} does not exist`);
    case 'changed':
      throw preconditionFailed(what);
    case 'taken': {
      const { code, message } = TAKEN[outcome.field];
      throw badRequest(code, message, [{ in: 'body', field: outcome.field, message: 'is taken' }]);
    }
    case 'dangling':
      throw badRequest('reply_to_not_found', `body field "${outcome.field}" names no post`, [
        { in: 'body', field: outcome.field, message: 'names no post' },
      ]);
  }
}
