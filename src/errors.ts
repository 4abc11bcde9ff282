import { STATUS_CODES } from 'node:http';
import type { components } from './generated/openapi.js';

export type ErrorBody = components['schemas']['Error'];
export type ErrorDetail = components['schemas']['ErrorDetail'];

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

  /** The contract's error representation. */
  toBody(): ErrorBody {
    const body: ErrorBody = { error: reasonPhrase(this.status), message: this.message };
    if (this.details) body.details = this.details;
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
