import type { Db } from './db.js';
import { selectRow } from './reader.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

export interface IdempotencyRecord {
  request_hash: string;
  resource_id: number;
}

/** What a key created within the last 24 hours, if anything. */
export function findIdempotencyRecord(db: Db, scope: string, key: string, now: Date): Promise<IdempotencyRecord | undefined> {
  const since = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
  return selectRow(db('idempotency_keys').where({ scope, key }).where('created_at', '>', since).first('request_hash', 'resource_id')) as Promise<
    IdempotencyRecord | undefined
  >;
}

/**
 * Records what a key created, inside the creating transaction; a twin request
 * racing with it fails on the primary key (and rolls its creation back).
 * Expired keys are deleted on the way, so a key can be used again after 24 hours.
 */
export async function recordIdempotency(trx: Db, scope: string, key: string, requestHash: string, resourceId: number, now: Date): Promise<void> {
  await trx('idempotency_keys')
    .where('created_at', '<=', new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS))
    .delete();
  await trx('idempotency_keys').insert({ scope, key, request_hash: requestHash, resource_id: resourceId, created_at: now });
}
