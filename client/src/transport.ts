import { IDEMPOTENT_POSTS } from './operations.js';

/** A session's credentials: the access token, and the refresh token that renews it. */
export interface Tokens {
  token: string;
  refreshToken?: string;
}

export interface TransportOptions {
  baseUrl: string;
  /** The fetch to send with (the platform's by default). */
  fetch?: (request: Request) => Promise<Response>;
  tokens?: Tokens;
  /** Told of every new pair of tokens (after a login or a refresh), to keep them. */
  onTokens?: (tokens: Tokens) => void;
  /** How many times a request that may be sent again is, after a network failure (default 2). */
  retries?: number;
  /** The longest Retry-After (429, 503) waited for before trying again, in seconds (default 60); a longer one is answered as it is. */
  maxWaitSeconds?: number;
  /** How many representations are kept for conditional GETs (default 500). */
  cacheEntries?: number;
}

/** A representation kept with its ETag, to be reused on 304. */
interface Cached {
  etag: string;
  body: ArrayBuffer;
  headers: [string, string][];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits after the n-th network failure: 250 ms, 500 ms, 1 s, … */
const backoffMs = (failures: number) => 250 * 2 ** (failures - 1);

/**
 * What every request goes through (openapi-fetch's `fetch`): the bearer
 * token; an Idempotency-Key on the POSTs that take one; conditional GETs
 * that keep ETags and reuse the kept body on 304; sending again after a
 * network failure when that is safe (GET, PUT, DELETE, a keyed POST), and
 * after the Retry-After of a 429 or 503 (nothing was done); and, when the
 * token is refused as invalid (expired), one refresh and one more try.
 */
export class Transport {
  private tokens: Tokens | undefined;
  private readonly send: (request: Request) => Promise<Response>;
  private readonly cache = new Map<string, Cached>();
  private refreshing: Promise<boolean> | undefined;

  constructor(private readonly options: TransportOptions) {
    this.tokens = options.tokens;
    this.send = options.fetch ?? ((request) => fetch(request));
  }

  get currentTokens(): Tokens | undefined {
    return this.tokens;
  }

  setTokens(tokens: Tokens | undefined): void {
    this.tokens = tokens;
    if (tokens) this.options.onTokens?.(tokens);
  }

  /** Sends a request as described above; bound, so that it can be handed to openapi-fetch as is. */
  readonly fetch = async (request: Request): Promise<Response> => {
    const { method, url, signal } = request;
    const body = method === 'GET' || method === 'HEAD' ? undefined : await request.arrayBuffer();
    const headers = new Headers(request.headers);
    const { pathname } = new URL(url);
    if (method === 'POST' && !headers.has('idempotency-key') && IDEMPOTENT_POSTS.some((path) => path.test(pathname))) {
      headers.set('Idempotency-Key', crypto.randomUUID());
    }
    // A request that brings its own credentials (a login's Basic) is sent with them, and never refreshed.
    const asSession = !headers.has('authorization');
    const mayResend = method !== 'POST' || headers.has('idempotency-key');
    let failures = 0;
    let waits = 0;
    let refreshed = false;
    for (;;) {
      const attempt = new Headers(headers);
      const token = asSession ? this.tokens?.token : undefined;
      if (token) attempt.set('Authorization', `Bearer ${token}`);
      const key = `${token ?? ''} ${url}`;
      const cached = method === 'GET' && !attempt.has('if-none-match') ? this.cache.get(key) : undefined;
      if (cached) attempt.set('If-None-Match', cached.etag);
      let response: Response;
      try {
        response = await this.send(new Request(url, { method, headers: attempt, body, signal }));
      } catch (error) {
        if (!mayResend || signal.aborted || failures >= (this.options.retries ?? 2)) throw error;
        failures += 1;
        await sleep(backoffMs(failures));
        continue;
      }
      if (response.status === 304 && cached) return new Response(cached.body, { status: 200, headers: cached.headers });
      if ((response.status === 429 || response.status === 503) && waits < 2) {
        const wait = Number(response.headers.get('retry-after'));
        if (Number.isInteger(wait) && wait <= (this.options.maxWaitSeconds ?? 60)) {
          waits += 1;
          await response.body?.cancel();
          await sleep(wait * 1000);
          continue;
        }
      }
      if (response.status === 401 && token && !refreshed && this.tokens?.refreshToken && /error="invalid_token"/.test(response.headers.get('www-authenticate') ?? '')) {
        refreshed = true;
        if (await this.refresh()) {
          await response.body?.cancel();
          continue;
        }
      }
      if (method === 'GET' && response.status === 200) await this.keep(key, response);
      return response;
    }
  };

  /** Keeps a representation that has an ETag, the oldest dropped past the limit. */
  private async keep(key: string, response: Response): Promise<void> {
    const etag = response.headers.get('etag');
    if (!etag) return;
    this.cache.delete(key);
    this.cache.set(key, { etag, body: await response.clone().arrayBuffer(), headers: [...response.headers] });
    if (this.cache.size > (this.options.cacheEntries ?? 500)) this.cache.delete(this.cache.keys().next().value!);
  }

  /** One refresh at a time, whatever number of requests found the token refused: true when a new pair came. */
  private refresh(): Promise<boolean> {
    this.refreshing ??= this.exchange().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async exchange(): Promise<boolean> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) return false;
    const response = await this.send(
      new Request(new URL('/api/tokens/refresh', this.options.baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: refreshToken }),
      }),
    );
    if (!response.ok) {
      await response.body?.cancel();
      return false;
    }
    const pair = (await response.json()) as { token: string; refresh_token: string };
    this.setTokens({ token: pair.token, refreshToken: pair.refresh_token });
    return true;
  }
}
