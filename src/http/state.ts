import type { OperationId } from './operation.js';

/**
 * What the middleware of one request tell each other through ctx.state,
 * typed through the interface @types/koa offers for it (DefaultState):
 * request-log.ts sets the id, the router the operation, its route and who
 * sent it; the log line, the contract's headers and the error renderer read
 * them.
 */
declare module 'koa' {
  interface DefaultState {
    /** X-Request-Id: the proxy's, when it sent a sane one, or a new UUID. */
    requestId: string;
    /** The operation of the contract the request reached; undefined outside the contract (404, 405). */
    operationId?: OperationId;
    /** Its path template, for the log: `/api/users/{id}`. */
    route?: string;
    /** The authenticated requester's id. */
    userId?: number;
  }
}
