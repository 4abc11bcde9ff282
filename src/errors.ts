import { STATUS_CODES } from 'node:http';
import type { components } from './generated/openapi.js';

export type ErrorBody = components['schemas']['Error'];
export type ErrorDetail = components['schemas']['ErrorDetail'];

// The contract's maxLength and maxItems for the error representation:
// messages can echo what a client sent, so they are clipped to fit.
const MAX_MESSAGE = 4096;
export const MAX_DETAILS = 50;

/** Shortens text to at most `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * An error the API answers with: a status, a message for people, and the
 * headers the status needs (WWW-Authenticate on 401, Allow on 405).
 * Throw one from anywhere; the error middleware renders it.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }

  /** The contract's error representation, within the contract's size limits. */
  toBody(): ErrorBody {
    const body: ErrorBody = { error: reasonPhrase(this.status), message: clip(this.message, MAX_MESSAGE) };
    if (this.details) body.details = this.details.slice(0, MAX_DETAILS);
    return body;
  }
}

export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown Error';
}

export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new ApiError(400, message, {}, details);
export const forbidden = (message: string) => new ApiError(403, message);
export const notFound = (message: string) => new ApiError(404, message);
