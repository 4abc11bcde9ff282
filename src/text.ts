/**
 * What the API takes as text, in every string a client sends: well-formed
 * Unicode without U+0000. A lone surrogate (`"\udc00"` in JSON) has no UTF-8
 * form, so each database stores something else in its place (U+FFFD, one or
 * three of them), and PostgreSQL's text cannot hold U+0000 at all (SQLite
 * can: the two would differ). Refused at the door, what is stored is always
 * exactly what was acknowledged, on either database.
 */
export function isText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000');
}

/** A place in a JSON value: the key or index, below its parent. */
interface Place {
  value: unknown;
  key: string | null;
  parent: Place | null;
}

function pathOf(place: Place): string {
  const keys: string[] = [];
  for (let at: Place | null = place; at && at.key !== null; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * The places in a parsed JSON value holding a string (or a key) that is not
 * text, as dotted paths ('' for the value itself), at most `max` of them.
 * Iterative, since a body may nest thousands of levels deep.
 */
export function placesNotText(value: unknown, max: number): string[] {
  const found: string[] = [];
  const pending: Place[] = [{ value, key: null, parent: null }];
  while (pending.length > 0 && found.length < max) {
    const place = pending.pop()!;
    if (typeof place.value === 'string') {
      if (!isText(place.value)) found.push(pathOf(place));
    } else if (place.value !== null && typeof place.value === 'object') {
      // Pushed last to first, so that places are found in the document's order.
      for (const [key, child] of Object.entries(place.value).reverse()) {
        const childPlace = { value: child, key, parent: place };
        if (!isText(key)) found.push(pathOf(childPlace));
        pending.push(childPlace);
      }
    }
  }
  return found.slice(0, max);
}
