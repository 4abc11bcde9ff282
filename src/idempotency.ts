import { hash } from 'node:crypto';
import type { Db } from './data/db.js';
import { findIdempotencyRecord, type IdempotentCreation } from './data/idempotency.js';
import { ApiError } from './errors.js';

export type { IdempotentCreation } from './data/idempotency.js';

/** The same key for a different request. */
export function idempotencyKeyReused(): ApiError {
  return new ApiError(422, 'idempotency_key_reused', 'this Idempotency-Key was used for a different request; use a new key for a new request');
}

/** The key's resource was created, and has been deleted since. */
function createdThenDeleted(): ApiError {
  return new ApiError(422, 'idempotency_target_deleted', 'what this Idempotency-Key created has been deleted since; use a new key for a new request');
}

/**
 * A creation under the request's Idempotency-Key, or undefined without one.
 * `scope` names the client (a user, or, for registrations, no one: their
 * replay is checked against the password instead); `request` is what must be
 * the same on a retry, never containing a password (only its hash is stored).
 */
export function idempotentCreation(key: string | undefined, scope: string, request: unknown): IdempotentCreation | undefined {
  if (!key) return undefined;
  return { scope, key, requestHash: hash('sha256', JSON.stringify(request), 'hex'), at: new Date() };
}

/** What a creation answers with, and whether it was a replay of an earlier one (Idempotent-Replayed). */
export interface Once<R> {
  created: R;
  replayed: boolean;
}

/** The header a replayed creation carries. */
export const replayedHeader = (replayed: boolean) => (replayed ? { 'Idempotent-Replayed': 'true' as const } : {});

/**
 * Creates at most once per Idempotency-Key (Stripe's convention, and the
 * IETF draft's): a request with a key its client already used within 24
 * hours, for the same request, creates nothing and gets `replay` of the
 * resource the first one created; for a different request, 422. Otherwise
 * `create` runs, and the data function it calls records the key in the
 * creating transaction (recordIdempotency), so a crash leaves both or
 * neither; a twin sent at the same moment loses on the key's primary key,
 * its creation rolls back, and it is answered with the winner's resource.
 */
export async function createOnce<R>(
  db: Db,
  creation: IdempotentCreation | undefined,
  create: (creation?: IdempotentCreation) => Promise<R>,
  replay: (resourceId: number) => Promise<R>,
): Promise<Once<R>> {
  if (!creation) return { created: await create(), replayed: false };
  const earlier = async () => {
    const found = await findIdempotencyRecord(db, creation);
    if (found && found.request_hash !== creation.requestHash) throw idempotencyKeyReused();
    return found?.resource_id;
  };
  const replayed = async (resourceId: number): Promise<Once<R>> => {
    try {
      return { created: await replay(resourceId), replayed: true };
    } catch (error) {
      // Deleted since it was created: there is nothing to answer with, and creating again would not be a retry.
      if (error instanceof ApiError && error.status === 404) throw createdThenDeleted();
      throw error;
    }
  };

  const done = await earlier();
  if (done !== undefined) return replayed(done);
  try {
    return { created: await create(creation), replayed: false };
  } catch (error) {
    const twin = await earlier();
    if (twin !== undefined) return replayed(twin);
    throw error;
  }
}
