import type { Knex } from 'knex';
import { selectRow, type Db } from './reader.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

/** A creation asked for under an Idempotency-Key: whose key, the key, a hash of the request, and when. */
export interface IdempotentCreation {
  scope: string;
  key: string;
  requestHash: string;
  at: Date;
}

export interface IdempotencyRecord {
  request_hash: string;
  resource_id: number;
}

/** What a key created within the last 24 hours, if anything. */
export function findIdempotencyRecord(db: Db, { scope, key, at }: IdempotentCreation): Promise<IdempotencyRecord | undefined> {
  const since = new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS);
  return selectRow<IdempotencyRecord>(db, (knex) => knex('idempotency_keys').where({ scope, key }).where('created_at', '>', since).first('request_hash', 'resource_id'));
}

/**
 * Records what a key created, inside the creating transaction (a no-op
 * without a key); a twin request racing with it fails on the primary key, and
 * its creation rolls back. Expired keys are deleted on the way, so a key can
 * be used again after 24 hours.
 */
export async function recordIdempotency(trx: Knex, creation: IdempotentCreation | undefined, resourceId: number): Promise<void> {
  if (!creation) return;
  const { scope, key, requestHash, at } = creation;
  await trx('idempotency_keys')
    .where('created_at', '<=', new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS))
    .delete();
  await trx('idempotency_keys').insert({ scope, key, request_hash: requestHash, resource_id: resourceId, created_at: at });
}
