import type { Order, Slice, Window } from './data/keyset.js';
import { invalid } from './errors.js';
import type { PageLinks, PageMeta } from './representations.js';

/** The most items a page holds, whatever `per_page` asks for. */
export const MAX_PER_PAGE = 100;

export interface PageRequest {
  page?: number;
  per_page?: number;
  before?: number;
  after?: number;
}

/**
 * A page of a collection ordered by id (ascending for users, descending,
 * newest first, for posts), asked for by number (`page`) or by cursor
 * (`before` or `after` an id). Its `next` and `prev` links always use
 * cursors, so a client that follows them pays the same at any depth and
 * never skips or repeats an item while the collection changes.
 */
export class Page {
  readonly size: number;
  readonly window: Window;
  /** Null when the page was reached by a cursor. */
  readonly number: number | null;

  /**
   * `filters` narrow the collection (`username=alice`): every link keeps
   * them, so that following one stays within the same filtered collection.
   */
  constructor(
    query: PageRequest,
    private readonly order: Order,
    private readonly filters: Record<string, string> = {},
  ) {
    const ways = (['page', 'before', 'after'] as const).filter((name) => query[name] !== undefined);
    if (ways.length > 1) {
      throw invalid(
        'use only one of page, before and after',
        ways.map((field) => ({ in: 'query' as const, field, message: `cannot be combined with ${ways.filter((w) => w !== field).join(' or ')}` })),
      );
    }
    this.size = Math.min(query.per_page ?? 10, MAX_PER_PAGE);
    if (query.before !== undefined) this.window = { limit: this.size, before: query.before };
    else if (query.after !== undefined) this.window = { limit: this.size, after: query.after };
    else this.window = { limit: this.size, offset: ((query.page ?? 1) - 1) * this.size };
    this.number = 'offset' in this.window ? (query.page ?? 1) : null;
  }

  private at(path: string, where: string): string {
    const filters = new URLSearchParams(this.filters).toString();
    return `${path}?${filters ? `${filters}&` : ''}${where}&per_page=${this.size}`;
  }

  links(path: string, slice: Slice<{ id: number }>, totalItems: number): PageLinks {
    const [forward, backward] = this.order === 'asc' ? ['after', 'before'] : ['before', 'after'];
    const where =
      'before' in this.window ? `before=${this.window.before}` : 'after' in this.window ? `after=${this.window.after}` : `page=${this.number}`;
    const first = slice.rows[0];
    const last = slice.rows.at(-1);
    let prev: string | null = null;
    if (first && slice.hasPrevious) prev = this.at(path, `${backward}=${first.id}`);
    else if (!first && this.number !== null && this.number > 1) {
      // Past the end of a numbered list: back to its last page.
      prev = this.at(path, `page=${Math.max(1, Math.min(this.number - 1, Math.ceil(totalItems / this.size)))}`);
    }
    return {
      self: this.at(path, where),
      next: last && slice.hasNext ? this.at(path, `${forward}=${last.id}`) : null,
      prev,
    };
  }

  meta(totalItems: number): PageMeta {
    return { page: this.number, per_page: this.size, total_pages: Math.ceil(totalItems / this.size), total_items: totalItems };
  }

  /**
   * The contract's 200 for one page: the collection envelope around its
   * items, and the same links in an RFC 8288 Link header, with the first and
   * last pages by number besides.
   */
  reply<T>(items: T[], path: string, slice: Slice<{ id: number }>, totalItems: number) {
    const body = { items, _meta: this.meta(totalItems), _links: this.links(path, slice, totalItems) };
    const links: [string, string | null][] = [
      ['next', body._links.next],
      ['prev', body._links.prev],
      ['first', this.at(path, 'page=1')],
      ['last', this.at(path, `page=${Math.max(1, body._meta.total_pages)}`)],
    ];
    const Link = links
      .filter((link): link is [string, string] => link[1] !== null)
      .map(([rel, url]) => `<${url}>; rel="${rel}"`)
      .join(', ');
    return { status: 200 as const, headers: { Link }, body };
  }
}
