import createClient, { type Client } from 'openapi-fetch';
import { unwrap } from './errors.js';
import { allItems, firstPage, type CollectionPath, type ItemOf, type PageQuery, type PathParams } from './pages.js';
import type { components, paths } from './schema.js';
import { Transport, type Tokens, type TransportOptions } from './transport.js';

export { MicroblogError, unwrap, type ErrorBody, type ErrorCode, type ErrorDetail } from './errors.js';
export { CONTRACT_VERSION } from './operations.js';
export type { CollectionPath, ItemOf, PageQuery } from './pages.js';
export type { components, paths } from './schema.js';
export type { Tokens, TransportOptions } from './transport.js';

export type Post = components['schemas']['Post'];
export type User = components['schemas']['User'];
export type Token = components['schemas']['Token'];
export type Scope = components['schemas']['TokenScope'];

export interface MicroblogClient {
  /** Every operation of the contract, typed by openapi-fetch: `api.GET('/api/users/{id}', { params: { path: { id } } })`. */
  api: Client<paths>;
  /** Logs in (HTTP Basic) and keeps the session's tokens for every later request. */
  login(username: string, password: string, scope?: Scope): Promise<Token>;
  /** Ends the session (its tokens stop working) and forgets it. */
  logout(): Promise<void>;
  /** The tokens in use, as a refresh may have renewed them. */
  readonly tokens: Tokens | undefined;
  /** Every item of a collection, following its `next` links: `for await (const user of client.items('/api/users'))`. */
  items<P extends CollectionPath>(path: P, options?: { params?: PathParams<P>; query?: PageQuery<P> }): AsyncGenerator<ItemOf<P>>;
  /** The posts of the users you follow, and your own, newest first. */
  feed(query?: PageQuery<'/api/feed'>): AsyncGenerator<Post>;
  /** Every post, newest first; with `q`, those that match a search. */
  posts(query?: PageQuery<'/api/posts'>): AsyncGenerator<Post>;
}

/**
 * A client of the Microblog API. Every request goes through one transport
 * (transport.ts): bearer token, Idempotency-Key, ETag cache, retries,
 * Retry-After, token refresh. Errors are MicroblogErrors with the contract's
 * `code`.
 */
export function createMicroblogClient(options: TransportOptions): MicroblogClient {
  const transport = new Transport(options);
  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: transport.fetch });
  const items = <P extends CollectionPath>(path: P, { params, query }: { params?: PathParams<P>; query?: PageQuery<P> } = {}) =>
    allItems<ItemOf<P>>(firstPage(path, params as Record<string, string | number>, query as Record<string, unknown>), options.baseUrl, transport.fetch);
  return {
    api,
    get tokens() {
      return transport.currentTokens;
    },
    async login(username, password, scope) {
      const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
      const session = await unwrap(api.POST('/api/tokens', { headers: { Authorization: `Basic ${basic}` }, body: scope ? { scope } : undefined }));
      transport.setTokens({ token: session.token, refreshToken: session.refresh_token });
      return session;
    },
    async logout() {
      await unwrap(api.DELETE('/api/tokens'));
      transport.setTokens(undefined);
    },
    items,
    feed: (query) => items('/api/feed', { query }),
    posts: (query) => items('/api/posts', { query }),
  };
}
