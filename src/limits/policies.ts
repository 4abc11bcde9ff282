import type { RateLimits } from './rate-limits.js';
import type { OperationId } from '../http/operation.js';

/**
 * What the contract's words cannot say of an operation, as data: the limit
 * counted before its credentials are checked, so that a guesser or a
 * spammer pays before any password is hashed or compared. (Every operation
 * with bearerAuth counts against its token's budget; which scheme applies,
 * whether there is a body and which headers it takes come from openapi.yaml.)
 */
export const LIMITED_BEFORE_SECURITY: Partial<Record<OperationId, 'loginAttempt' | 'registration'>> = {
  createToken: 'loginAttempt',
  // A refresh token cannot be guessed, but each attempt costs a transaction: counted as a login.
  refreshToken: 'loginAttempt',
  createUser: 'registration',
} satisfies Partial<Record<OperationId, keyof RateLimits>>;
