import { computed, Signal, signal } from '@angular/core';
import { Page } from '@kem/contracts';
import { isIsoDay } from '@kem/scoring';
import { Observable, tap } from 'rxjs';
import { Loader, loader } from './loader';
import { queryNavigation } from './query-navigation';

/** A whole number above zero from a query parameter (at most six digits), else undefined. */
export function positiveIntParam(text: string | undefined): number | undefined {
  return text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** The query parameter if it is one of `values`, else undefined. */
export function oneOfParam<T extends string>(values: readonly T[], text: string | undefined): T | undefined {
  return values.includes(text as T) ? (text as T) : undefined;
}

/** A calendar day 'YYYY-MM-DD' that exists, else undefined. */
export function dayParam(text: string | undefined): string | undefined {
  return isIsoDay(text) ? text : undefined;
}

/** Trimmed text, undefined when blank. */
export function textParam(text: string | undefined): string | undefined {
  return text?.trim() || undefined;
}

export interface PagedQuery {
  page: number;
  pageSize: number;
}

/** Which items a page shows, counted from 1: "Showing 21–40 of 57". */
export interface PageRange {
  first: number;
  last: number;
  total: number;
}

export interface UrlPagedListOptions<F extends object, T> {
  /** The filters, read from the route's query parameters (bound as inputs) and checked. */
  filters: () => F;
  /** The `page` query parameter. */
  page: () => string | undefined;
  /** The `pageSize` query parameter; leave out for a list with one page size. */
  pageSize?: () => string | undefined;
  /** Page sizes offered. */
  pageSizes: readonly number[];
  /** The page size when the URL names none (left out of the URL); the first of `pageSizes` unless given. */
  defaultPageSize?: number;
  fetch: (query: F & PagedQuery) => Observable<Page<T>>;
}

/** A loaded page of a list, and the way to another page. */
export interface PagedList<T> extends Loader<Page<T>> {
  /** A paginator's page event (page index from 0). */
  goToPage(event: { pageIndex: number; pageSize: number }): void;
}

/**
 * A paged list whose page lives in the view, not in the URL: page 1 first, then the page a paginator
 * asks for. Call in an injection context.
 */
export function pagedList<T>(pageSize: number, fetch: (query: PagedQuery) => Observable<Page<T>>): PagedList<T> {
  const page = signal(1);
  return { ...loader(page, (p) => fetch({ page: p, pageSize })), goToPage: (event) => page.set(event.pageIndex + 1) };
}

export interface UrlPagedList<F extends object, T> extends PagedList<T> {
  /** The filters alone, as read from the URL. */
  readonly filters: Signal<F>;
  /** Filters, page and page size as requested from the API. */
  readonly query: Signal<F & PagedQuery>;
  /** Whether any filter is set. */
  readonly filtered: Signal<boolean>;
  readonly range: Signal<PageRange | null>;
  /** New filters: back to page 1, same page size. */
  applyFilters(filters: F): void;
}

/**
 * A paged list whose filters and page live in the URL, so a view can be shared and the back button
 * works: changing them navigates, the router then changes the bound query parameters and the list
 * reloads. Defaults (page 1, the first page size) and blank filters are left out of the URL; a page
 * past the last one (after deletions) goes to the last. Call in an injection context.
 */
export function urlPagedList<F extends object, T>(options: UrlPagedListOptions<F, T>): UrlPagedList<F, T> {
  const navigateQuery = queryNavigation();
  const defaultSize = options.defaultPageSize ?? options.pageSizes[0];

  const filters = computed(options.filters, { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const query = computed<F & PagedQuery>(() => {
    const size = positiveIntParam(options.pageSize?.());
    return {
      ...filters(),
      page: positiveIntParam(options.page()) ?? 1,
      pageSize: size !== undefined && options.pageSizes.includes(size) ? size : defaultSize,
    };
  });

  const navigate = (next: F & PagedQuery): void => {
    const queryParams: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(next) as [string, unknown][]) {
      const param = typeof value === 'string' ? value.trim() : value;
      if (typeof param === 'string' ? param !== '' : typeof param === 'number') queryParams[name] = param as string | number;
    }
    if (next.page === 1) delete queryParams['page'];
    if (next.pageSize === defaultSize) delete queryParams['pageSize'];
    navigateQuery(queryParams, 'replace');
  };

  const list = loader(query, (q) =>
    options.fetch(q).pipe(
      tap((page) => {
        if (page.items.length === 0 && page.total > 0 && q.page > 1) {
          navigate({ ...filters(), page: Math.ceil(page.total / q.pageSize), pageSize: q.pageSize });
        }
      }),
    ),
  );

  return {
    ...list,
    filters,
    query,
    filtered: computed(() => Object.values(filters()).some((v) => v !== undefined)),
    range: computed(() => {
      const page = list.value();
      if (!page || page.items.length === 0) return null;
      const first = (page.page - 1) * page.pageSize + 1;
      return { first, last: first + page.items.length - 1, total: page.total };
    }),
    applyFilters: (filters) => navigate({ ...filters, page: 1, pageSize: query().pageSize }),
    goToPage: (event) => navigate({ ...filters(), page: event.pageIndex + 1, pageSize: event.pageSize }),
  };
}
