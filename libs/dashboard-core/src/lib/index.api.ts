import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  IndexExplanationView,
  IndexInterval,
  IndexSeriesView,
  IndexUncertaintyView,
  IndicatorSeriesView,
  LatestIndexView,
} from '@kem/contracts';
import { Observable } from 'rxjs';

export interface IndexRange {
  profile?: string;
  from?: string;
  to?: string;
}

function rangeParams(range: IndexRange & { interval?: IndexInterval }): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(range)) if (value) params = params.set(name, value);
  return params;
}

/** The exposure index: history, latest value, explanations, uncertainty and indicator scores. */
@Injectable({ providedIn: 'root' })
export class IndexApi {
  private readonly http = inject(HttpClient);

  series(range: IndexRange & { interval?: IndexInterval } = {}): Observable<IndexSeriesView> {
    return this.http.get<IndexSeriesView>(API_ROUTES.index, { params: rangeParams(range) });
  }

  latest(profile?: string): Observable<LatestIndexView> {
    return this.http.get<LatestIndexView>(API_ROUTES.indexLatest, { params: rangeParams({ profile }) });
  }

  explain(range: IndexRange): Observable<IndexExplanationView> {
    return this.http.get<IndexExplanationView>(API_ROUTES.indexExplain, { params: rangeParams(range) });
  }

  uncertainty(range: IndexRange): Observable<IndexUncertaintyView> {
    return this.http.get<IndexUncertaintyView>(API_ROUTES.indexUncertainty, { params: rangeParams(range) });
  }

  indicatorSeries(key: string, range: Omit<IndexRange, 'profile'> = {}): Observable<IndicatorSeriesView> {
    return this.http.get<IndicatorSeriesView>(API_ROUTES.indicatorSeries(key), { params: rangeParams(range) });
  }
}
