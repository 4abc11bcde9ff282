import type Koa from 'koa';
import type { Readable } from 'node:stream';
import type { Requester } from '../auth.js';
import type { operations } from '../generated/openapi.js';

/** Every operationId in openapi.yaml. */
export type OperationId = keyof operations;

type Operation<O extends OperationId> = operations[O];
type Responses<O extends OperationId> = Operation<O>['responses'];
/**
 * The statuses a handler answers itself: its successes, and a readiness
 * probe's 503 (whose body is the checks, not an error). Every other error is
 * thrown and rendered in one place.
 */
type ReplyStatus<O extends OperationId> = Extract<keyof Responses<O>, 200 | 201 | 204 | 303 | 503>;

/**
 * A JSON body is the value the schema describes; an event stream is a
 * stream of text; any other media type (the contract as YAML, the
 * documentation's files) is sent as the handler encoded it, whatever its
 * schema says of the decoded document.
 */
type Encoded<C, M extends keyof C> = M extends 'application/json' ? C[M] : M extends 'text/event-stream' ? Readable : string | Buffer;
type BodyOf<R> = R extends { content: infer C } ? { [M in keyof C]: Encoded<C, M> }[keyof C] : undefined;
/**
 * Headers that middleware sets, not handlers: the request id, and those the
 * contract fixes to one value (contract-headers.ts), and compression's (compression.ts).
 */
type MiddlewareHeaders =
  | 'X-Request-Id'
  | 'Access-Control-Allow-Origin'
  | 'RateLimit-Limit'
  | 'RateLimit-Remaining'
  | 'RateLimit-Reset'
  | 'RateLimit-Policy'
  | 'Cache-Control' | 'Content-Security-Policy' | 'Strict-Transport-Security' | 'X-Content-Type-Options' | 'ETag'
  | 'Content-Encoding' | 'Vary';
/** The headers a response declares by name (openapi-typescript adds an index signature, which Omit would keep alone). */
type Declared<H> = { [K in keyof H as string extends K ? never : K]: H[K] };
/** Headers a handler sends on some answers only (openapi-typescript marks every declared header as always present). */
type OccasionalHeaders = 'Idempotent-Replayed';
type HeadersOf<R> = R extends { headers: infer H }
  ? Omit<Declared<H>, MiddlewareHeaders | OccasionalHeaders> & Partial<Pick<Declared<H>, OccasionalHeaders & keyof Declared<H>>>
  : Record<string, never>;

/** One response the contract declares for an operation, typed from it. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "has no required header"
type ReplyFor<R, S> = { status: S; body: BodyOf<R> } & ({} extends HeadersOf<R>
  ? { headers?: HeadersOf<R> }
  : { headers: HeadersOf<R> });

/** What a handler returns: any response of ReplyStatus its operation declares, with its declared headers. */
export type Reply<O extends OperationId> = {
  [S in ReplyStatus<O>]: ReplyFor<Responses<O>[S], S>;
}[ReplyStatus<O>];

/** The JSON body an operation declares; possibly absent where the contract makes it optional. */
type RequestBody<O extends OperationId> =
  NonNullable<Operation<O>['requestBody']> extends { content: { 'application/json': infer B } }
    ? undefined extends Operation<O>['requestBody'] ? B | undefined : B
    : undefined;

/** A request that passed the contract's validation, typed from it. */
export interface OperationRequest<O extends OperationId> {
  params: NonNullable<Operation<O>['parameters']['path']>;
  query: NonNullable<Operation<O>['parameters']['query']>;
  /** The header parameters the operation declares (If-Match, Idempotency-Key, …), by the contract's names; absent when not sent. */
  headers: NonNullable<Operation<O>['parameters']['header']>;
  body: RequestBody<O>;
  /** The authenticated requester; only operations with a security requirement have one. */
  readonly requester: Requester;
  ctx: Koa.Context;
}

/** A thin function from a validated request to a declared response; errors are thrown. */
export type Handler<O extends OperationId> = (request: OperationRequest<O>) => Promise<Reply<O>>;

export type Handlers<Ids extends OperationId> = { [O in Ids]: Handler<O> };

/** A handler for every operation of the contract: a missing one fails to compile. */
export type HandlerTable = Handlers<OperationId>;
