import type { Operation } from 'openapi-backend';
import type { ErrorDetail } from '../errors.js';

/**
 * An integer in a path or a query string, written as the contract writes
 * it: decimal digits, no leading zero, no `+`, exponent, fraction, base
 * prefix or space. Validation alone would read `0x1`, `1e0`, `1.0`, `+1`
 * and ` 1` as 1 (JSON Schema's coercion goes through Number()), giving one
 * resource many URLs, and so many cache entries and ETags.
 */
const DECIMAL = /^(?:0|-?[1-9][0-9]*)$/;

export interface IntegerParameter {
  in: 'path' | 'query';
  name: string;
}

/** The operation's path and query parameters declared as integers, found once at start-up. */
export function integerParameters(operation: Operation): IntegerParameter[] {
  const parameters = (operation.parameters ?? []) as { in: string; name: string; schema?: { type?: string } }[];
  return parameters
    .filter((p): p is typeof p & IntegerParameter => (p.in === 'path' || p.in === 'query') && p.schema?.type === 'integer')
    .map((p) => ({ in: p.in, name: p.name }));
}

/** A 400's details for each integer parameter sent in another form than plain decimal digits. */
export function nonDecimalIntegers(
  declared: IntegerParameter[],
  sent: { path: Record<string, unknown>; query: Record<string, unknown> },
): ErrorDetail[] {
  return declared
    .filter((p) => {
      const value = sent[p.in][p.name];
      // Absent, or repeated (an array): validation has its own word for those.
      return typeof value === 'string' && !DECIMAL.test(value);
    })
    .map((p) => ({ in: p.in, field: p.name, message: 'must be an integer in plain decimal digits' }));
}
