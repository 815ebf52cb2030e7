import { Observable, throwError } from 'rxjs';
import { Loader, loader } from './loader';

/**
 * Loads the record a route names by its numeric id (`:id`): `fetch(id)` when the parameter is a whole
 * number, otherwise a failure "There is no <noun> “<id>”." without asking the server. On an editor's
 * route for a new record the parameter is absent: then `fetch(null)` (what the form needs, no record).
 */
export function recordLoader<T>(noun: string, id: () => string, fetch: (id: number) => Observable<T>): Loader<T>;
export function recordLoader<T>(noun: string, id: () => string | undefined, fetch: (id: number | null) => Observable<T>): Loader<T>;
export function recordLoader<T>(
  noun: string,
  id: () => string | undefined,
  fetch: ((id: number) => Observable<T>) | ((id: number | null) => Observable<T>),
): Loader<T> {
  // The overloads give `fetch` a null only where the id may be absent.
  const open = fetch as (id: number | null) => Observable<T>;
  return loader(id, (raw) => {
    if (raw === undefined) return open(null);
    return /^\d+$/.test(raw) ? open(Number(raw)) : throwError(() => new Error(`There is no ${noun} “${raw}”.`));
  });
}
