import type { components } from './schema.js';

export type ErrorBody = components['schemas']['Error'];
/** The contract's stable name for why a request failed: switch on it, not on the message. */
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDetail = components['schemas']['ErrorDetail'];

/** An error the API answered, with its status, its code, and the request id that finds it in the server's log. */
export class MicroblogError extends Error {
  override readonly name = 'MicroblogError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** The error a response carries; one without the contract's body (a proxy's page, say) is named by its status alone. */
  static from(response: Response, body: unknown): MicroblogError {
    const requestId = response.headers.get('x-request-id');
    if (isErrorBody(body)) return new MicroblogError(response.status, body.code, body.message, body.details, requestId);
    const code: ErrorCode = response.status >= 500 ? 'internal_error' : 'not_found';
    return new MicroblogError(response.status, code, `${response.status} ${response.statusText}`.trim(), [], requestId);
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).code === 'string' && typeof (body as ErrorBody).message === 'string';
}

/**
 * The data of an openapi-fetch result, or its error thrown as a
 * MicroblogError: `const me = await unwrap(client.api.GET('/api/me'))`.
 */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) throw MicroblogError.from(response, error);
  return data as T;
}
