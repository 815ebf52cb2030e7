import { HttpErrorResponse } from '@angular/common/http';
import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { errorMessage } from '@kem/dashboard-core';
import { catchError, map, Observable, of, switchMap } from 'rxjs';

export interface LoadState<T> {
  readonly loading: boolean;
  readonly value: T | null;
  readonly error: string | null;
  readonly status: number | null;
}

/**
 * Loads `fetch(params())` whenever the parameters change (by value) or `reload()` is called, a newer
 * request cancelling an older one. Call in an injection context.
 */
export function loadState<P, T>(params: () => P, fetch: (params: P) => Observable<T>): { state: Signal<LoadState<T>>; reload: () => void } {
  const state = signal<LoadState<T>>({ loading: true, value: null, error: null, status: null });
  const attempt = signal(0);
  const key = computed(() => params(), { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  toObservable(computed(() => ({ params: key(), attempt: attempt() })))
    .pipe(
      switchMap(({ params: p }) => {
        state.update((s) => ({ ...s, loading: true, error: null, status: null }));
        return fetch(p).pipe(
          map((value): LoadState<T> => ({ loading: false, value, error: null, status: null })),
          catchError((error: unknown) =>
            of<LoadState<T>>({
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
