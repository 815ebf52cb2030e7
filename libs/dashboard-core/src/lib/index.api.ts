import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  IndexExplanationView,
  IndexOverviewView,
  IndexInterval,
  IndexSeriesView,
  IndexUncertaintyView,
  IndicatorSeriesView,
  LatestIndexView,
  MethodVersionView,
  ScoreHistoryView,
  seriesFromColumns,
} from '@kem/contracts';
import { map, Observable } from 'rxjs';
import { queryParams } from './query-params';

export interface IndexRange {
  profile?: string;
  from?: string;
  to?: string;
  /** Scoring method version; the API serves 2 unless asked for 1 (for comparison). */
  method?: MethodVersionView;
}

/** IndexOverviewView with the series as points, as the charts take it. */
export interface IndexOverview extends Omit<IndexOverviewView, 'series'> {
  series: IndexSeriesView;
}

export function overviewFromColumns(overview: IndexOverviewView): IndexOverview {
  return { ...overview, series: seriesFromColumns(overview.series) };
}

/** The exposure index: history, latest value, explanations, uncertainty and indicator scores. */
@Injectable({ providedIn: 'root' })
export class IndexApi {
  private readonly http = inject(HttpClient);

  series(range: IndexRange & { interval?: IndexInterval } = {}): Observable<IndexSeriesView> {
    return this.http.get<IndexSeriesView>(API_ROUTES.index, { params: queryParams(range) });
  }

  latest(profile?: string, method?: MethodVersionView): Observable<LatestIndexView> {
    return this.http.get<LatestIndexView>(API_ROUTES.indexLatest, { params: queryParams({ profile, method }) });
  }

  /** What the overview shows first, in one request: today's value and the range (sent as columns, returned as points). */
  overview(range: IndexRange & { interval?: IndexInterval } = {}): Observable<IndexOverview> {
    return this.http.get<IndexOverviewView>(API_ROUTES.indexOverview, { params: queryParams(range) }).pipe(map(overviewFromColumns));
  }

  explain(range: IndexRange): Observable<IndexExplanationView> {
    return this.http.get<IndexExplanationView>(API_ROUTES.indexExplain, { params: queryParams(range) });
  }

  uncertainty(range: IndexRange): Observable<IndexUncertaintyView> {
    return this.http.get<IndexUncertaintyView>(API_ROUTES.indexUncertainty, { params: queryParams(range) });
  }

  indicatorSeries(key: string, range: Omit<IndexRange, 'profile'> = {}): Observable<IndicatorSeriesView> {
    return this.http.get<IndicatorSeriesView>(API_ROUTES.indicatorSeries(key), { params: queryParams(range) });
  }

  /** Every indicator's daily score (the same under any weights): fetched once, re-weighted in the browser (the weights preview). */
  scoreHistory(range: { from?: string; to?: string } = {}): Observable<ScoreHistoryView> {
    return this.http.get<ScoreHistoryView>(API_ROUTES.indexScores, { params: queryParams(range) });
  }
}
