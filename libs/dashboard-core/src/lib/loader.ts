import { HttpErrorResponse } from '@angular/common/http';
import { computed, Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { API_ERROR_CODES, ApiError, ApiErrorCode } from '@kem/contracts';
import { catchError, map, Observable, of, switchMap } from 'rxjs';
import { errorMessage } from './error-message';

/** A request's state: the last value (kept while a newer request runs), or why it failed. */
export interface Loadable<T> {
  readonly loading: boolean;
  readonly value: T | null;
  /** Why the last request failed, in words for the user; null when it did not. */
  readonly error: string | null;
  /** HTTP status of the failure, null otherwise. A 503 is either the index being computed or an outage: see `code`. */
  readonly status: number | null;
  /** The API's error code of the failure (API_ERROR_CODES), null when it sent none. */
  readonly code?: ApiErrorCode | null;
}

/** The index of this profile is still being built (a 503 that says so): "computing", and worth asking again soon. */
export function indexComputing(state: Pick<Loadable<unknown>, 'status' | 'code'>): boolean {
  return state.status === 503 && state.code === API_ERROR_CODES.indexComputing;
}

/** The database cannot be reached: an outage to report as such, never as "being computed". */
export function serviceUnavailable(state: Pick<Loadable<unknown>, 'status' | 'code'>): boolean {
  return state.status === 503 && !indexComputing(state);
}

/** The API's error code in a failed response's body, if any. */
export function errorCode(error: unknown): ApiErrorCode | null {
  const body = error instanceof HttpErrorResponse ? (error.error as Partial<ApiError> | null) : null;
  return body && typeof body === 'object' && typeof body.code === 'string' ? body.code : null;
}

export interface Loader<T> {
  readonly state: Signal<Loadable<T>>;
  /** True while a request runs (the previous value, if any, stays in `value`). */
  readonly loading: Signal<boolean>;
  /** The last value loaded, null before the first answer and after a failure. */
  readonly value: Signal<T | null>;
  /** Why the last request failed, null when it did not. */
  readonly error: Signal<string | null>;
  /** Loaded, and nothing in it: an empty list or an empty page. */
  readonly empty: Signal<boolean>;
  /** Asks again with the same parameters. */
  reload(): void;
  /** Changes the loaded value in place (after a change the page made itself, e.g. one row saved). */
  update(change: (value: T) => T): void;
}

export interface LoaderOptions<T> {
  /** When a loaded value counts as empty; by default an empty array or a page with no items. */
  isEmpty?: (value: T) => boolean;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An empty array, or an object whose `items` is an empty array (a `Page`). */
export function isEmptyValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length === 0;
}

/**
 * Loads `fetch(params())` whenever the parameters change (by value) or `reload()` is called; a newer
 * request cancels an older one. `fetch` returning null means nothing to load (the value becomes null).
 * Call in an injection context (a component's field initialiser or constructor).
 */
export function loader<P, T>(params: () => P, fetch: (params: P) => Observable<T> | null, options: LoaderOptions<T> = {}): Loader<T> {
  const isEmpty = options.isEmpty ?? isEmptyValue;
  const state = signal<Loadable<T>>({ loading: true, value: null, error: null, status: null });
  const attempt = signal(0);
  const key = computed(() => params(), { equal: sameJson });
  toObservable(computed(() => ({ params: key(), attempt: attempt() })))
    .pipe(
      switchMap(({ params: p }) => {
        const request = fetch(p);
        if (request === null) return of<Loadable<T>>({ loading: false, value: null, error: null, status: null });
        state.update((s) => ({ ...s, loading: true, error: null, status: null }));
        return request.pipe(
          map((value): Loadable<T> => ({ loading: false, value, error: null, status: null })),
          catchError((error: unknown) =>
            of<Loadable<T>>({
              loading: false,
              value: null,
              error: errorMessage(error),
              status: error instanceof HttpErrorResponse ? error.status : null,
              code: errorCode(error),
            }),
          ),
        );
      }),
      takeUntilDestroyed(),
    )
    .subscribe((next) => state.set(next));
  const value = computed(() => state().value);
  return {
    state: state.asReadonly(),
    loading: computed(() => state().loading),
    value,
    error: computed(() => state().error),
    empty: computed(() => {
      const v = value();
      return v !== null && isEmpty(v);
    }),
    reload: () => attempt.update((n) => n + 1),
    update: (change) => state.update((s) => (s.value === null ? s : { ...s, value: change(s.value) })),
  };
}

/** Loads `fetch()` once, and again on `reload()`: a loader without parameters. Call in an injection context. */
export function loadOnce<T>(fetch: () => Observable<T>, options: LoaderOptions<T> = {}): Loader<T> {
  return loader(() => null, fetch, options);
}
