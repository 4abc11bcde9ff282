import type { PostSlice, PostWindow } from './data/posts.js';
import { badRequest } from './errors.js';
import type { PageLinks, PageMeta, PostPageMeta } from './representations.js';

/** The most items a page holds, whatever `per_page` asks for. */
export const MAX_PER_PAGE = 100;

function pageMeta<N extends number | null>(page: N, perPage: number, totalItems: number) {
  return { page, per_page: perPage, total_pages: Math.ceil(totalItems / perPage), total_items: totalItems };
}

export interface PageRequest {
  page?: number;
  per_page?: number;
}

/** A page number and size, read from the query, with the offset they mean. */
export class Page {
  readonly number: number;
  readonly size: number;

  constructor(query: PageRequest) {
    this.number = query.page ?? 1;
    this.size = Math.min(query.per_page ?? 10, MAX_PER_PAGE);
  }

  get window() {
    return { limit: this.size, offset: (this.number - 1) * this.size };
  }

  meta(totalItems: number): PageMeta {
    return pageMeta(this.number, this.size, totalItems);
  }

  /** Links to this page and its neighbours under `path`; null past either end. */
  links(path: string, totalItems: number): PageLinks {
    const at = (page: number) => `${path}?page=${page}&per_page=${this.size}`;
    const totalPages = Math.ceil(totalItems / this.size);
    return {
      self: at(this.number),
      next: this.number < totalPages ? at(this.number + 1) : null,
      prev: this.number > 1 ? at(Math.min(this.number - 1, Math.max(totalPages, 1))) : null,
    };
  }

  /** The contract's collection envelope around one page of items. */
  collection<T>(items: T[], path: string, totalItems: number) {
    return { items, _meta: this.meta(totalItems), _links: this.links(path, totalItems) };
  }
}

export interface PostPageRequest extends PageRequest {
  before?: number;
  after?: number;
}

/**
 * A page of posts, newest first, asked for by number (`page`) or by cursor
 * (`before` or `after` a post id). Its links always use cursors, so a client
 * that follows them pays the same at any depth and never skips or repeats a
 * post while new ones are written.
 */
export class PostPage {
  readonly size: number;
  readonly window: PostWindow;
  /** Null when the page was reached by a cursor. */
  readonly number: number | null;

  constructor(query: PostPageRequest) {
    const ways = (['page', 'before', 'after'] as const).filter((name) => query[name] !== undefined);
    if (ways.length > 1) {
      throw badRequest(
        `use only one of page, before and after`,
        ways.map((field) => ({ in: 'query' as const, field, message: 'cannot be combined with ' + ways.filter((w) => w !== field).join(' or ') })),
      );
    }
    this.size = Math.min(query.per_page ?? 10, MAX_PER_PAGE);
    if (query.before !== undefined) this.window = { limit: this.size, before: query.before };
    else if (query.after !== undefined) this.window = { limit: this.size, after: query.after };
    else this.window = { limit: this.size, offset: ((query.page ?? 1) - 1) * this.size };
    this.number = 'offset' in this.window ? (query.page ?? 1) : null;
  }

  private selfLink(path: string): string {
    const where =
      'before' in this.window ? `before=${this.window.before}` : 'after' in this.window ? `after=${this.window.after}` : `page=${this.number}`;
    return `${path}?${where}&per_page=${this.size}`;
  }

  links(path: string, slice: PostSlice, totalItems: number): PageLinks {
    const first = slice.rows[0];
    const last = slice.rows.at(-1);
    let prev: string | null = null;
    if (first && slice.hasNewer) prev = `${path}?after=${first.id}&per_page=${this.size}`;
    else if (!first && this.number !== null && this.number > 1) {
      // Past the end of a numbered list: back to its last page.
      prev = `${path}?page=${Math.max(1, Math.min(this.number - 1, Math.ceil(totalItems / this.size)))}&per_page=${this.size}`;
    }
    return {
      self: this.selfLink(path),
      next: last && slice.hasOlder ? `${path}?before=${last.id}&per_page=${this.size}` : null,
      prev,
    };
  }

  meta(totalItems: number): PostPageMeta {
    return pageMeta(this.number, this.size, totalItems);
  }

  collection<T>(items: T[], path: string, slice: PostSlice, totalItems: number) {
    return { items, _meta: this.meta(totalItems), _links: this.links(path, slice, totalItems) };
  }
}
