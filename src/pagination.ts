import type { PageLinks, PageMeta } from './representations.js';

/** The most items a page holds, whatever `per_page` asks for. */
export const MAX_PER_PAGE = 100;

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
    return {
      page: this.number,
      per_page: this.size,
      total_pages: Math.ceil(totalItems / this.size),
      total_items: totalItems,
    };
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
