import type { ErrorObject } from 'ajv';
import { clip, invalid, type ApiError, type ErrorDetail } from '../errors.js';

// A field name can be anything a client sends; the contract bounds it.
const MAX_FIELD = 100;

// openapi-backend validates one object that holds every part of the request.
const PARTS: Record<string, ErrorDetail['in']> = {
  requestBody: 'body',
  query: 'query',
  path: 'path',
  header: 'header',
};

function fieldMessage(error: ErrorObject, where: ErrorDetail['in']): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return where === 'body' ? 'is not a known field' : 'is not a known parameter';
    case 'format':
      return params.format === 'email' ? 'must be a valid email address' : `must be a valid ${String(params.format)}`;
    case 'pattern': {
      // The contract says in words what each pattern means.
      const described = (error.parentSchema as Record<string, unknown> | undefined)?.['x-pattern-description'];
      return typeof described === 'string' ? described : `must match the pattern ${String(params.pattern)}`;
    }
    case 'type':
      return error.data === null ? `must be ${String(params.type)}, not null` : `must be ${String(params.type)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function detail(error: ErrorObject): ErrorDetail {
  const [, part = '', ...rest] = error.instancePath.split('/');
  const where = PARTS[part] ?? 'body';
  const params = error.params as Record<string, unknown>;
  if (!part && error.keyword === 'required' && params.missingProperty === 'requestBody') {
    return { in: 'body', message: 'is required' };
  }
  if (part === 'requestBody' && rest.length === 0 && error.keyword === 'type') {
    return { in: 'body', message: 'must be a JSON object' };
  }
  const named = error.keyword === 'required' ? params.missingProperty : params.additionalProperty;
  const path = [...rest, ...(named === undefined ? [] : [String(named)])]
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  const field = clip(path, MAX_FIELD);
  const message = fieldMessage(error, where);
  return field ? { in: where, field, message } : { in: where, message };
}

function subject(d: ErrorDetail): string {
  if (!d.field) return `the ${d.in === 'body' ? 'request body' : d.in}`;
  return d.in === 'body' ? `body field "${d.field}"` : `${d.in} parameter "${d.field}"`;
}

/** The seed's sentence for missing fields names every required one: "must include username, email and password fields". */
function missingFieldsSentence(errors: ErrorObject[]): string | undefined {
  const missing = errors.find(
    (e) =>
      e.keyword === 'required' &&
      (e.instancePath === '/requestBody' || (e.instancePath === '' && (e.params as { missingProperty?: string }).missingProperty === 'requestBody')),
  );
  if (!missing) return undefined;
  // Without any body, the fields are those the body's own schema requires.
  type Schema = { required?: string[]; properties?: Record<string, Schema> };
  const parent = missing.parentSchema as Schema | undefined;
  const required = (missing.instancePath === '' ? parent?.properties?.requestBody : parent)?.required ?? [];
  if (required.length === 0) return undefined;
  if (required.length === 1) return `must include the ${required[0]} field`;
  return `must include ${required.slice(0, -1).join(', ')} and ${required.at(-1)} fields`;
}

/** Turns ajv's errors into one 400 that names each failing field and why. */
export function validationError(errors: ErrorObject[]): ApiError {
  const details = errors.map(detail);
  const missingFields = missingFieldsSentence(errors);
  const others = details
    .filter((d) => !(missingFields && d.in === 'body' && d.message === 'is required'))
    .map((d) => `${subject(d)} ${d.message}`);
  return invalid([...(missingFields ? [missingFields] : []), ...others].join('; '), details);
}

/** One 400 for parameters refused before validation, in the same words. */
export function invalidParameters(details: ErrorDetail[]): ApiError {
  return invalid(details.map((d) => `${subject(d)} ${d.message}`).join('; '), details);
}
