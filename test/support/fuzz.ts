import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { generateSync } from 'json-schema-faker';
import type { Operation } from 'openapi-backend';
import { contractFormats } from '../../src/http/request-validation.js';
import { contractOperations } from './contract.js';

/**
 * Requests generated from openapi.yaml for property-based tests: for every
 * operation, a valid request built from its schemas (json-schema-faker,
 * seeded by fast-check so that a failure replays from its seed), and broken
 * variants of it: wrong types, missing and extra fields, huge and odd strings,
 * nulls, bad ids and cursors, bodies that are not JSON, bad credentials.
 * Each request says whether it is valid per the contract, checked by an ajv of
 * its own against the same schemas, so a test can hold the server to both
 * halves: nothing valid is refused, nothing broken is accepted.
 */

type Schema = Record<string, unknown>;

/** Who a request claims to be, as the test's world knows them. */
export type Identity = 'alice' | 'bob' | 'none' | 'garbage' | 'revoked' | 'expired' | 'wrong-scheme' | 'basic-right' | 'basic-wrong' | 'basic-unknown';

/** The ids a request can name: real ones from the world, or ones that never existed. */
export type IdChoice = 'own-user' | 'other-user' | 'own-post' | 'other-post' | 'missing';

/** The users, tokens and posts that requests act on, rebuilt whenever a request spoils them. */
export interface World {
  alice: { id: number; username: string; password: string; token: string; refreshToken: string; sessionId: number; postId: number };
  bob: { id: number; username: string; password: string; token: string; refreshToken: string; sessionId: number; postId: number };
  revokedToken: string;
  expiredToken: string;
}

/** Ways to break a valid request. */
export type Mutation =
  | { kind: 'body-not-json'; text: string }
  | { kind: 'body-wrong-content-type'; contentType: string }
  | { kind: 'body-not-utf8'; pick: number; bytes: number[] }
  | { kind: 'body-replaced'; value: unknown }
  | { kind: 'body-drop-field'; pick: number }
  | { kind: 'body-field-value'; pick: number; value: unknown }
  | { kind: 'body-extra-field'; name: string; value: unknown }
  | { kind: 'query-unknown'; name: string; value: string }
  | { kind: 'query-value'; pick: number; value: string }
  | { kind: 'path-value'; pick: number; value: string }
  | { kind: 'path-not-decimal'; pick: number; form: NumberForm }
  | { kind: 'query-not-decimal'; pick: number; form: NumberForm }
  | { kind: 'header-value'; pick: number; value: string };

/** Ways to write an integer that Number() reads as the same integer, none of them plain decimal digits. */
const NUMBER_FORMS = {
  hex: (n: number) => `0x${n.toString(16)}`,
  exponent: (n: number) => `${n}e0`,
  fraction: (n: number) => `${n}.0`,
  plus: (n: number) => `+${n}`,
  'leading-zero': (n: number) => `0${n}`,
  'leading-space': (n: number) => ` ${n}`,
  'trailing-space': (n: number) => `${n} `,
  binary: (n: number) => `0b${n.toString(2)}`,
};
type NumberForm = keyof typeof NUMBER_FORMS;

/** An integer parameter as the contract writes it (README: plain decimal digits). */
const DECIMAL = /^(?:0|-?[1-9][0-9]*)$/;

/** One generated case: an operation, how it is filled, who sends it, and what is broken. */
export interface FuzzCase {
  operationIndex: number;
  fakerSeed: number;
  identity: Identity;
  ids: IdChoice[];
  optionalProbability: number;
  mutation: Mutation | null;
}

/** A request ready to send, and what the contract says of it. */
export interface FuzzRequest {
  operationId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Every part matches the operation's schemas, as sent. */
  valid: boolean;
  /** The credentials are a live user's (or the operation needs none). */
  authenticated: boolean;
  /** Bytes of the request line and headers this request adds to what fetch sends of its own. */
  headBytes: number;
  /** Sent in a media type the contract does not declare: only 415 will do. */
  mediaTypeRefused: boolean;
  /** Where a 400 must say the problem is: the part the mutation broke, and the field or parameter when it is one. */
  brokenAt?: { in: 'body' | 'path' | 'query' | 'header'; field?: string };
  /** What the request was made from, for a failure's message. */
  description: string;
}

interface OperationModel {
  operation: Operation;
  pathParams: { name: string; schema: Schema; kind: 'user' | 'post' | 'session' }[];
  queryParams: { name: string; schema: Schema }[];
  /** Path and query parameters that are integers, whose text must be plain decimal digits. */
  integerParams: Set<string>;
  headerParams: { name: string; schema: Schema }[];
  bodySchema?: Schema;
  security: 'none' | 'bearer' | 'basic';
  /** Path, query and header parameters, as text read as their schemas' types. */
  validateParameters: ValidateFunction;
  bodyRequired: boolean;
  validateBody: ValidateFunction;
}

/** OpenAPI 3.0's `nullable` as JSON Schema, for json-schema-faker; the rest as it is. */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key.startsWith('x-')) continue;
    // A password is any string; json-schema-faker knows no such format.
    if (key === 'format' && value === 'password') continue;
    out[key] = jsonSchema(value);
  }
  return (schema as Schema).nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

function contractAjv(coerceTypes: boolean): Ajv {
  return contractFormats(new Ajv({ strict: false, allErrors: true, coerceTypes }));
}
const parameterAjv = contractAjv(true);
const bodyAjv = contractAjv(false);

function modelOf(operation: Operation): OperationModel {
  const parameters = (operation.parameters ?? []) as { name: string; in: string; schema: Schema; required?: boolean }[];
  const pick = (where: string) => parameters.filter((p) => p.in === where).map(({ name, schema }) => ({ name, schema }));
  const bodySchema = (operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content?.[
    'application/json'
  ]?.schema;
  const security = operation.security ?? [];
  const schemes = security.flatMap((requirement) => Object.keys(requirement));
  const objectOf = (params: { name: string; schema: Schema }[], required: string[]) => ({
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required,
  });
  const requiredOf = (where: string) => parameters.filter((p) => p.in === where && p.required).map((p) => p.name);
  // Header names are compared as sent (lower case).
  const headers = pick('header').map((p) => ({ ...p, name: p.name.toLowerCase() }));
  return {
    operation,
    pathParams: pick('path').map((p) => ({
      ...p,
      kind: p.name === 'post_id' || operation.path.startsWith('/api/posts') ? 'post' : operation.path.startsWith('/api/tokens') ? 'session' : 'user',
    })),
    queryParams: pick('query'),
    integerParams: new Set(parameters.filter((p) => p.in !== 'header' && p.schema?.type === 'integer').map((p) => p.name)),
    headerParams: headers,
    bodySchema,
    security: schemes.includes('bearerAuth') ? 'bearer' : schemes.includes('basicAuth') ? 'basic' : 'none',
    validateParameters: parameterAjv.compile({
      type: 'object',
      properties: {
        path: objectOf(pick('path'), requiredOf('path')),
        query: { ...objectOf(pick('query'), requiredOf('query')), additionalProperties: false },
        headers: objectOf(headers, requiredOf('header').map((name) => name.toLowerCase())),
      },
    }),
    bodyRequired: Boolean((operation.requestBody as { required?: boolean } | undefined)?.required),
    validateBody: bodyAjv.compile(bodySchema ?? {}),
  };
}

/** Every operation of the contract, modelled once. */
export const operationModels: OperationModel[] = contractOperations().map(modelOf);

const oddStrings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates too
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\udc00', 'x\ud800y', '\t\n', '\u202e\u0635', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '"; DROP TABLE users; --', "' OR '1'='1", '../../etc/passwd', '%00', '${7*7}'),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 5000 }).map((n) => '😀'.repeat(n)),
);

const oddValues: fc.Arbitrary<unknown> = fc.oneof(
  oddStrings,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, [], {}, [null], { nested: { deeper: [1] } }),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer(), { maxLength: 5 }),
);

const oddIds = fc.constantFrom('0', '-1', 'abc', '1.5', '1e3', '99999999999999999999', '2147483648', '%20', '٣', '0x10', 'null', '1;2');

const numberForm = fc.constantFrom(...(Object.keys(NUMBER_FORMS) as NumberForm[]));

/** Media types that are not the contract's application/json, some of them close to it. */
const wrongContentTypes = fc.constantFrom(
  'text/plain',
  'application/merge-patch+json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/json;;;',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; profile=x',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'json',
);

/** Byte sequences that are not UTF-8: a stray continuation, a bad lead, an overlong form, a surrogate, a cut sequence. */
const notUtf8 = fc.constantFrom<number[]>([0xff], [0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xfe]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('body-not-json' as const), text: fc.constantFrom('{', 'not json', '{"body": }', "{'body': 'x'}", '\u0000', '[1,]', '{"a":1}{"b":2}') }),
  fc.record({ kind: fc.constant('body-wrong-content-type' as const), contentType: wrongContentTypes }),
  fc.record({ kind: fc.constant('body-not-utf8' as const), pick: fc.nat(), bytes: notUtf8 }),
  fc.record({ kind: fc.constant('path-not-decimal' as const), pick: fc.nat(), form: numberForm }),
  fc.record({ kind: fc.constant('query-not-decimal' as const), pick: fc.nat(), form: numberForm }),
  fc.record({ kind: fc.constant('body-replaced' as const), value: oddValues }),
  fc.record({ kind: fc.constant('body-drop-field' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('body-field-value' as const), pick: fc.nat(), value: oddValues }),
  fc.record({ kind: fc.constant('body-extra-field' as const), name: fc.oneof(fc.constantFrom('id', 'admin', '__proto__', 'constructor', 'password_hash', 'post_count'), fc.string({ minLength: 1, maxLength: 20 })), value: oddValues }),
  fc.record({ kind: fc.constant('query-unknown' as const), name: fc.constantFrom('debug', 'sort', 'limit', 'offset', '__proto__', 'page[]', 'q'), value: oddStrings }),
  fc.record({ kind: fc.constant('query-value' as const), pick: fc.nat(), value: fc.oneof(oddIds, oddStrings) }),
  fc.record({ kind: fc.constant('path-value' as const), pick: fc.nat(), value: oddIds }),
  fc.record({ kind: fc.constant('header-value' as const), pick: fc.nat(), value: fc.oneof(oddStrings, fc.constantFrom('*', 'W/"x"', '"a", "b"')) }),
);

/** A case for any operation: valid about half the time, broken the rest. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  operationIndex: fc.nat({ max: operationModels.length - 1 }),
  fakerSeed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  identity: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<Identity>('alice', 'bob') },
    { weight: 1, arbitrary: fc.constantFrom<Identity>('none', 'garbage', 'revoked', 'expired', 'wrong-scheme', 'basic-wrong', 'basic-unknown') },
  ),
  ids: fc.array(fc.constantFrom<IdChoice>('own-user', 'other-user', 'own-post', 'other-post', 'missing'), { minLength: 2, maxLength: 2 }),
  optionalProbability: fc.constantFrom(0, 0.5, 1),
  mutation: fc.option(mutation, { freq: 3 }),
});

const MISSING_ID = 2_147_483_000;

function idFor(choice: IdChoice, kind: 'user' | 'post' | 'session', me: World['alice'], other: World['alice']): number {
  if (choice === 'missing') return MISSING_ID;
  const mine = choice.startsWith('own');
  const person = mine ? me : other;
  return kind === 'user' ? person.id : kind === 'post' ? person.postId : person.sessionId;
}

function authorization(identity: Identity, security: OperationModel['security'], world: World): string | undefined {
  const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  switch (identity) {
    case 'alice':
    case 'bob':
      return security === 'basic' ? basic(world[identity].username, world[identity].password) : `Bearer ${world[identity].token}`;
    case 'garbage':
      return 'Bearer this-is-not-a-token';
    case 'revoked':
      return `Bearer ${world.revokedToken}`;
    case 'expired':
      return `Bearer ${world.expiredToken}`;
    case 'wrong-scheme':
      return `Digest ${world.alice.token}`;
    case 'basic-right':
      return basic(world.alice.username, world.alice.password);
    case 'basic-wrong':
      return basic(world.alice.username, 'not-the-password');
    case 'basic-unknown':
      return basic('nobody-by-this-name', 'whatever');
    case 'none':
      return undefined;
  }
}

/** Every string in a JSON value, keys included, is text: well-formed Unicode without U+0000 (README). */
function allText(value: unknown): boolean {
  const isText = (text: string) => text.isWellFormed() && !text.includes('\u0000');
  if (typeof value === 'string') return isText(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([key, child]) => isText(key) && allText(child));
}

/** A value of a parameter as a URL or header carries it. */
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Builds the request a case describes, against the world as it is now. */
export function buildRequest(fuzz: FuzzCase, world: World): FuzzRequest {
  const model = operationModels[fuzz.operationIndex]!;
  const { operation } = model;
  const faker = (schema: Schema, seed: number) => {
    const options = { seed, optionalsProbability: fuzz.optionalProbability, maxDefaultItems: 2 };
    try {
      return generateSync(jsonSchema(schema) as never, options);
    } catch {
      // json-schema-faker cannot meet minProperties without optional fields: then it has them all.
      return generateSync(jsonSchema(schema) as never, { ...options, alwaysFakeOptionals: true });
    }
  };
  const me = fuzz.identity === 'bob' ? world.bob : world.alice;
  const other = fuzz.identity === 'bob' ? world.alice : world.bob;

  // Valid parts first, typed as the schemas have them.
  const path: Record<string, unknown> = {};
  model.pathParams.forEach((param, i) => (path[param.name] = idFor(fuzz.ids[i] ?? 'own-user', param.kind, me, other)));
  const query: Record<string, unknown> = model.queryParams.length
    ? (faker({ type: 'object', properties: Object.fromEntries(model.queryParams.map((p) => [p.name, p.schema])) }, fuzz.fakerSeed) as Record<string, unknown>)
    : {};
  const headers: Record<string, unknown> = model.headerParams.length
    ? (faker({ type: 'object', properties: Object.fromEntries(model.headerParams.map((p) => [p.name, p.schema])) }, fuzz.fakerSeed + 1) as Record<string, unknown>)
    : {};
  let body: unknown = model.bodySchema ? faker(model.bodySchema, fuzz.fakerSeed + 2) : undefined;
  // A refresh carries its credential in the body: a live one (tests/tokens/sessions.test.ts sends the others).
  if (operation.operationId === 'refreshToken') body = { refresh_token: me.refreshToken };
  let rawBody: string | Buffer | undefined;
  let contentType = 'application/json';
  let transportBroken = false; // broken in a way the schemas cannot see (the URL, the media type, the JSON)
  let mediaTypeRefused = false;
  let brokenAt: FuzzRequest['brokenAt'];
  let notUtf8Field: { name: string; bytes: number[] } | undefined;

  const m = fuzz.mutation;
  const bodyFields = () => (body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : []);
  const nth = <T>(list: T[], pick: number) => (list.length ? list[pick % list.length] : undefined);
  if (m && model.bodySchema) {
    if (m.kind === 'body-not-json') (rawBody = m.text), (transportBroken = true);
    if (m.kind === 'body-wrong-content-type') (contentType = m.contentType), (transportBroken = true), (mediaTypeRefused = true);
    if (m.kind === 'body-replaced') body = m.value;
    const field = nth(bodyFields(), 'pick' in m ? m.pick : 0);
    if (m.kind === 'body-drop-field' && field) delete (body as Schema)[field];
    if (m.kind === 'body-field-value' && field) (body as Schema)[field] = m.value;
    const textField = nth(bodyFields().filter((name) => typeof (body as Schema)[name] === 'string'), 'pick' in m ? m.pick : 0);
    if (m.kind === 'body-not-utf8' && textField) {
      notUtf8Field = { name: textField, bytes: m.bytes };
      brokenAt = { in: 'body', field: textField };
      transportBroken = true;
    }
    if (m.kind === 'body-extra-field' && body && typeof body === 'object') {
      // Defined as an own property, so that "__proto__" is sent as a field and not lost.
      Object.defineProperty(body, m.name, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
  }
  if (m?.kind === 'query-unknown') query[m.name] = m.value;
  if (m?.kind === 'query-value') {
    const name = nth(model.queryParams, m.pick)?.name;
    if (name) query[name] = m.value;
  }
  const rawPath: Record<string, string> = Object.fromEntries(Object.entries(path).map(([k, v]) => [k, String(v)]));
  if (m?.kind === 'path-value') {
    const name = nth(model.pathParams, m.pick)?.name;
    if (name) (rawPath[name] = m.value), (path[name] = m.value);
  }
  if (m?.kind === 'path-not-decimal') {
    const name = nth(model.pathParams, m.pick)?.name;
    if (name) (rawPath[name] = NUMBER_FORMS[m.form](Number(rawPath[name]))), (brokenAt = { in: 'path', field: name });
  }
  if (m?.kind === 'query-not-decimal') {
    const name = nth(model.queryParams.filter((p) => model.integerParams.has(p.name)), m.pick)?.name;
    if (name) (query[name] = NUMBER_FORMS[m.form](typeof query[name] === 'number' ? (query[name] as number) : 1)), (brokenAt = { in: 'query', field: name });
  }
  if (m?.kind === 'path-value') {
    const name = nth(model.pathParams, m.pick)?.name;
    if (name) brokenAt = { in: 'path', field: name };
  }
  if (m?.kind === 'query-value') {
    const name = nth(model.queryParams, m.pick)?.name;
    if (name) brokenAt = { in: 'query', field: name };
  }
  if (m?.kind === 'query-unknown') brokenAt = { in: 'query' };
  if (m?.kind === 'header-value') {
    const name = nth(model.headerParams, m.pick)?.name;
    if (name) (headers[name] = m.value), (brokenAt = { in: 'header', field: name });
  }
  if (m && ['body-replaced', 'body-drop-field', 'body-field-value', 'body-extra-field', 'body-not-json'].includes(m.kind) && model.bodySchema) {
    brokenAt = { in: 'body' };
  }

  // What is sent: every part as text.
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(rawPath[name] ?? ''));
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, asText(v)])).toString();
  const sentHeaders: Record<string, string> = { accept: 'application/json' };
  // A header carries visible ASCII only (fetch refuses anything else): the rest is percent-encoded.
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) sentHeaders[name] = asText(value).replace(/[^\x20-\x7e]/gu, (c) => [...Buffer.from(c)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
  }
  const auth = authorization(fuzz.identity, model.security, world);
  if (auth) sentHeaders.authorization = auth;
  let sentBody: string | Buffer | undefined;
  if (model.bodySchema && body !== undefined) {
    sentBody = rawBody ?? JSON.stringify(body);
    if (notUtf8Field) {
      // The field's value, as bytes that are not UTF-8 between two letters.
      const marker = `"${notUtf8Field.name}":${JSON.stringify((body as Schema)[notUtf8Field.name])}`;
      const [before, after] = (sentBody as string).split(marker) as [string, string];
      sentBody = Buffer.concat([Buffer.from(`${before}"${notUtf8Field.name}":"a`), Buffer.from(notUtf8Field.bytes), Buffer.from(`b"${after}`)]);
    }
    sentHeaders['content-type'] = contentType;
  }

  // The contract's verdict on what is sent: parameters as text, which a
  // validator reads as the schema's type (as the server's does), the body as
  // parsed JSON, which it must not coerce.
  const parsedBody = sentBody !== undefined && !transportBroken ? JSON.parse(sentBody as string) : undefined;
  const decimal = Object.entries({ ...rawPath, ...Object.fromEntries(new URLSearchParams(search)) }).every(
    ([name, value]) => !model.integerParams.has(name) || DECIMAL.test(value),
  );
  const valid =
    !transportBroken &&
    decimal &&
    (parsedBody === undefined || allText(parsedBody)) &&
    model.validateParameters({
      path: rawPath,
      query: Object.fromEntries(new URLSearchParams(search)),
      headers: Object.fromEntries(Object.entries(sentHeaders).filter(([k]) => model.headerParams.some((p) => p.name === k))),
    }) &&
    (parsedBody === undefined ? !model.bodyRequired : model.validateBody(parsedBody));
  const authenticated =
    model.security === 'none' ||
    (['alice', 'bob'].includes(fuzz.identity) && model.security === 'bearer') ||
    (['alice', 'bob', 'basic-right'].includes(fuzz.identity) && model.security === 'basic');
  const target = search ? `${url}?${search}` : url;
  const headBytes =
    Buffer.byteLength(`${operation.method.toUpperCase()} ${target} HTTP/1.1\r\n`) +
    Object.entries(sentHeaders).reduce((sum, [name, value]) => sum + Buffer.byteLength(`${name}: ${value}\r\n`), 0);
  return {
    operationId: operation.operationId as string,
    method: operation.method.toUpperCase(),
    path: target,
    headers: sentHeaders,
    body: sentBody,
    valid,
    authenticated,
    headBytes,
    mediaTypeRefused,
    brokenAt,
    description: `${operation.operationId} as ${fuzz.identity}, ${m ? `mutation ${JSON.stringify(m).slice(0, 200)}` : 'no mutation'}; valid: ${valid}`,
  };
}
