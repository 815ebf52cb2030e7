import { HttpErrorResponse } from '@angular/common/http';
import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { errorMessage } from '@kem/dashboard-core';
import { catchError, map, Observable, of, switchMap } from 'rxjs';

/** A request's state: the last value (kept while a newer request runs), or why it failed. */
export interface Loadable<T> {
  readonly loading: boolean;
  readonly value: T | null;
  readonly error: string | null;
  /** HTTP status of the failure (503 while the index is being computed), null otherwise. */
  readonly status: number | null;
}

export interface Loader<T> {
  readonly state: Signal<Loadable<T>>;
  /** Asks again with the same parameters. */
  reload(): void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Loads `fetch(params())` whenever the parameters change (by value) or `reload()` is called; a newer
 * request cancels an older one. `fetch` returning null means nothing to load (the value becomes null).
 * Call in an injection context.
 */
export function loader<P, T>(params: () => P, fetch: (params: P) => Observable<T> | null): Loader<T> {
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
            }),
          ),
        );
      }),
      takeUntilDestroyed(),
    )
    .subscribe((next) => state.set(next));
  return { state: state.asReadonly(), reload: () => attempt.update((n) => n + 1) };
}
