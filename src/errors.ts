import { STATUS_CODES } from 'node:http';
import type { components } from './generated/openapi.js';

export type ErrorBody = components['schemas']['Error'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
/** The contract's stable name for why a request failed: what clients switch on. */
export type ErrorCode = components['schemas']['ErrorCode'];

// The contract's maxLength and maxItems for the error representation:
// messages can echo what a client sent, so they are clipped to fit.
const MAX_MESSAGE = 4096;
export const MAX_DETAILS = 50;

/** Shortens text to at most `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * An error the API answers with: a status, the contract's code for its
 * cause, a message for people, and the headers the status needs
 * (WWW-Authenticate on 401, Allow on 405). Throw one from anywhere; the
 * error middleware renders it.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }

  /** The contract's error representation, within the contract's size limits. */
  toBody(): ErrorBody {
    const body: ErrorBody = { error: reasonPhrase(this.status), code: this.code, message: clip(this.message, MAX_MESSAGE) };
    if (this.details) body.details = this.details.slice(0, MAX_DETAILS);
    return body;
  }
}

/**
 * The code of an error that carries only a status: Node's HTTP parser's and
 * Koa's own. A status missing here is not one the API answers, so it is
 * treated as the bug it is.
 */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'malformed_request',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
};

/** An error that carries only a status, as the API's error; undefined for a status the API does not answer with. */
export function errorOfStatus(status: number, message = reasonPhrase(status).toLowerCase()): ApiError | undefined {
  const code = CODE_OF_STATUS[status];
  return code && new ApiError(status, code, message);
}

export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown Error';
}

/** A request that breaks the contract's rules (or the server's own, stricter ones), naming where in `details`. */
export const invalid = (message: string, details?: ErrorDetail[]) => new ApiError(400, 'validation_failed', message, {}, details);
/** A 400 for a cause of its own (`username_taken`, `cannot_follow_yourself`, …). */
export const badRequest = (code: ErrorCode, message: string, details?: ErrorDetail[]) => new ApiError(400, code, message, {}, details);
export const forbidden = (code: ErrorCode, message: string) => new ApiError(403, code, message);
export const notFound = (code: ErrorCode, message: string) => new ApiError(404, code, message);
