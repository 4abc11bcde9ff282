import { expect } from 'chai';
import type { components } from '../../src/generated/openapi.js';
import { noteError, uncheckedErrors } from './checked-errors.js';
import { checkAgainstContract, type SeenResponse } from './contract.js';
import { server } from './hooks.js';

export interface RequestOptions {
  /** A bearer token. */
  token?: string;
  /** HTTP Basic credentials. */
  basic?: { username: string; password: string };
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (with whatever Content-Type `headers` gives): text, or bytes that need not be UTF-8. */
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Another server than the suite's (one a test started itself). */
  baseUrl?: string;
}

export type ErrorCode = components['schemas']['ErrorCode'];

export interface ApiResponse<T = any> extends SeenResponse {
  body: T;
}

/** The headers and body a request with these options sends. */
export function requestParts(options: RequestOptions): { headers: Record<string, string>; body: string | Buffer | undefined } {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.basic) {
    const pair = `${options.basic.username}:${options.basic.password}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  }
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  return { headers, body };
}

/**
 * The body as text; of a live event stream, which has no end, its first
 * chunk (the stream's start), and then the stream is closed (see
 * event-stream.ts for a client that reads one).
 */
async function bodyText(response: Response): Promise<string> {
  if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream') || !response.body) return response.text();
  const reader = response.body.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

/**
 * Calls the running server over HTTP and checks the response against
 * openapi.yaml before the test sees it.
 */
export async function call<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const url = new URL(path, options.baseUrl ?? server().baseUrl);
  const { headers, body } = requestParts(options);
  // Redirects are responses of their own, checked against the contract like any other.
  const response = await fetch(url, { method, headers, body: body as BodyInit | undefined, redirect: 'manual' });
  return seenResponse<T>(method, url, response);
}

/**
 * A response as a test sees it (its body read, JSON parsed), checked against
 * openapi.yaml; an error is noted until the test checks its code. For
 * responses that another client (a package under test) received: pass a
 * clone, and it reads its own.
 */
export async function seenResponse<T = any>(method: string, url: URL, response: Response): Promise<ApiResponse<T>> {
  const text = await bodyText(response);
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  const seen: ApiResponse<T> = {
    status: response.status,
    headers: response.headers,
    text,
    body: (isJson && text ? JSON.parse(text) : undefined) as T,
  };
  checkAgainstContract(method, url, seen);
  noteError(method, url, seen);
  return seen;
}

/** Asserts an error's status and its contract code, and marks it checked. */
export function expectError(res: SeenResponse & { body?: any }, status: number, code: ErrorCode): void {
  uncheckedErrors().delete(res);
  expect(res.status, `status (${res.body?.code}: ${res.body?.message})`).to.equal(status);
  expect(res.body?.code, `code of ${JSON.stringify(res.body)}`).to.equal(code);
}

/**
 * Each response's status, with an error's code after it ("401
 * credentials_invalid"): for a test that checks several answers at once
 * (races, bursts), which then asserts the list; their codes count as checked.
 */
export function outcomes(responses: (SeenResponse & { body?: any })[]): (number | string)[] {
  return responses.map((res) => {
    uncheckedErrors().delete(res);
    return res.status >= 400 ? `${res.status} ${res.body?.code}` : res.status;
  });
}
