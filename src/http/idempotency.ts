import { hash } from 'node:crypto';
import type Koa from 'koa';
import type { Db } from '../data/db.js';
import { findIdempotencyRecord, recordIdempotency } from '../data/idempotency.js';
import { ApiError } from '../errors.js';

/** Writes the key's record in the creating transaction, given the new resource's id. */
export type RecordCreation = (trx: Db, resourceId: number) => Promise<void>;

/** The same key for a different request. */
export function idempotencyKeyReused(): ApiError {
  return new ApiError(422, 'this Idempotency-Key was used for a different request; use a new key for a new request');
}

/** The key's resource was created, and has been deleted since. */
function createdThenDeleted(): ApiError {
  return new ApiError(422, 'what this Idempotency-Key created has been deleted since; use a new key for a new request');
}

/**
 * Creates at most once per Idempotency-Key (Stripe's convention, and the
 * IETF draft's): a request with a key its client already used within 24
 * hours, for the same request, creates nothing and gets `replay` of the
 * resource the first one created; for a different request, 422. Otherwise
 * `create` runs and records the key in its own transaction, so a crash leaves
 * both or neither; a twin sent at the same moment loses on the key's primary
 * key, its creation rolls back, and it is answered with the winner's
 * resource. `scope` names the client (a user, or, for registrations, no one:
 * their replay is checked against the password instead); `request` is what
 * must be the same, never containing a password (its hash is stored).
 */
export async function createOnce<R>(
  ctx: Koa.Context,
  db: Db,
  scope: string,
  request: unknown,
  create: (record?: RecordCreation) => Promise<R>,
  replay: (resourceId: number) => Promise<R>,
): Promise<R> {
  const key = ctx.get('Idempotency-Key');
  if (!key) return create();
  const requestHash = hash('sha256', JSON.stringify(request), 'hex');
  const now = new Date();
  const earlier = async () => {
    const found = await findIdempotencyRecord(db, scope, key, now);
    if (found && found.request_hash !== requestHash) throw idempotencyKeyReused();
    return found?.resource_id;
  };
  const replayed = async (resourceId: number) => {
    try {
      const again = await replay(resourceId);
      ctx.set('Idempotent-Replayed', 'true');
      return again;
    } catch (error) {
      // Deleted since it was created: there is nothing to answer with, and creating again would not be a retry.
      if (error instanceof ApiError && error.status === 404) throw createdThenDeleted();
      throw error;
    }
  };

  const done = await earlier();
  if (done !== undefined) return replayed(done);
  try {
    return await create((trx, resourceId) => recordIdempotency(trx, scope, key, requestHash, resourceId, now));
  } catch (error) {
    const twin = await earlier();
    if (twin !== undefined) return replayed(twin);
    throw error;
  }
}
