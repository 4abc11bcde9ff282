import { MicroblogError } from './errors.js';
import type { paths } from './schema.js';

/** The paths whose GET answers a collection: `items`, `_meta`, `_links`. */
export type CollectionPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': { items: unknown[] } } } } } } ? P : never;
}[keyof paths];

type Collection<P extends CollectionPath> = paths[P]['get']['responses'][200]['content']['application/json'];
/** One item of a collection, as the contract types it. */
export type ItemOf<P extends CollectionPath> = Collection<P>['items'][number];

/** What a collection's path and query take: its path parameters, and its query (per_page, before, q, …). */
export type PageQuery<P extends CollectionPath> = paths[P]['get']['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
export type PathParams<P extends CollectionPath> = paths[P]['get']['parameters'] extends { path: infer A } ? A : never;

/** The URL of a collection's first page: path parameters filled in, the query appended. */
export function firstPage(path: string, params: Record<string, string | number> = {}, query: Record<string, unknown> = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
  return search ? `${filled}?${search}` : filled;
}

/**
 * Every item of a collection, page after page, following each page's
 * `_links.next` (a cursor) until there is none: stop early by breaking out
 * of the loop, and no further page is read.
 */
export async function* allItems<T>(first: string, baseUrl: string, send: (request: Request) => Promise<Response>): AsyncGenerator<T> {
  let next: string | null | undefined = first;
  while (next) {
    const response = await send(new Request(new URL(next, baseUrl), { headers: { Accept: 'application/json' } }));
    const body = (await response.json().catch(() => undefined)) as { items: T[]; _links: { next?: string | null } } | undefined;
    if (!response.ok || !body) throw MicroblogError.from(response, body);
    yield* body.items;
    next = body._links.next;
  }
}
