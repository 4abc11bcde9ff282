// Generated from openapi.yaml by client/scripts/generate.mjs (npm run generate); do not edit.

/** The contract's version these types were made from. */
export const CONTRACT_VERSION = "1.16.0";

/** POSTs that take an Idempotency-Key: the client sends one, so that it may send them again after a network failure. */
export const IDEMPOTENT_POSTS: readonly RegExp[] = [
  /^\/api\/users$/,
  /^\/api\/users\/[^/]+\/messages$/,
  /^\/api\/posts$/,
];
