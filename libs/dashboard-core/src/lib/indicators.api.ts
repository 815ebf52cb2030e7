import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, IndicatorView } from '@kem/contracts';
import { Observable } from 'rxjs';
import { loadOnce, Loader } from './loader';

@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<IndicatorView[]> {
    return this.http.get<IndicatorView[]>(API_ROUTES.indicators);
  }
}

/** The indicators (GET /api/indicators), loaded once for a view. Call in an injection context. */
export function indicatorsLoader(): Loader<IndicatorView[]> {
  const api = inject(IndicatorsApi);
  return loadOnce(() => api.list());
}

/** Indicator names by key, for showing an indicator in words wherever only its key is at hand. */
export function indicatorNames(indicators: readonly IndicatorView[] | null): ReadonlyMap<string, string> {
  return new Map((indicators ?? []).map((i) => [i.key, i.name]));
}
