import type { SeenResponse } from './contract.js';

/**
 * Every error a test provokes must have its code checked (expectError in
 * client.ts): the code is what clients switch on. The error responses seen
 * and not yet checked live on globalThis, since the root hooks and the tests
 * load this module as two instances (see hooks.ts).
 */
const slot = globalThis as { microblogUncheckedErrors?: Map<SeenResponse, string> };

/** The error responses this test received whose code it has not checked yet, each with what it answered. */
export function uncheckedErrors(): Map<SeenResponse, string> {
  return (slot.microblogUncheckedErrors ??= new Map());
}

/** Notes an error response of the contract's shape until a test checks its code. */
export function noteError(method: string, url: URL, seen: SeenResponse & { body?: any }): void {
  if (seen.status < 400 || typeof seen.body?.code !== 'string') return;
  uncheckedErrors().set(seen, `${method} ${url.pathname}${url.search} → ${seen.status} ${seen.body.code}`);
}
