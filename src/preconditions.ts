import { identityTag } from './http/entity-tags.js';
import { preconditionFailed } from './outcomes.js';

/**
 * If-Match as a value (RFC 9110, 13.1.1): the version of a resource that a
 * change must find, or undefined when the request asks for no check (no
 * If-Match, or `*`). `current` is the resource as just read and `currentTag`
 * the ETag its GET would send: a client that holds another tag gets 412 at
 * once, and nothing changes. The data function that writes compares the row
 * it locks with the version returned here, so a change that lands in between
 * is a 412 too, never a lost update.
 */
export function versionToChange<T>(ifMatch: string | undefined, current: T, currentTag: string, what: string): T | undefined {
  if (!ifMatch || ifMatch.trim() === '*') return undefined;
  // Strong comparison: a weak tag (W/"…") never matches; the tag of a compressed answer does (entity-tags.ts).
  if (!ifMatch.split(',').some((tag) => identityTag(tag.trim()) === currentTag)) throw preconditionFailed(what);
  return current;
}
