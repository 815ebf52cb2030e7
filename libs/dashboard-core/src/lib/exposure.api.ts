import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CompanyIndexView,
  CreateFootprintRequest,
  CreateScenarioRequest,
  ExposureRuleView,
  FootprintView,
  IndexExplanationView,
  IndexInterval,
  IndexOverviewView,
  Page,
  ProjectScenarioRequest,
  ReplayPresetView,
  ReplayView,
  ScenarioPresetView,
  ScenarioProjectionView,
  ScenarioView,
  UpdateFootprintRequest,
} from '@kem/contracts';
import { map, Observable } from 'rxjs';
import { IndexOverview, overviewFromColumns } from './index.api';
import { queryParams } from './query-params';
import { ResourceClient } from './resource-client';

/** Footprints and the company index, scenarios and projections, replays (all signed-in). */
@Injectable({ providedIn: 'root' })
export class ExposureApi {
  private readonly http = inject(HttpClient);
  private readonly footprintRecords = new ResourceClient<FootprintView, CreateFootprintRequest, UpdateFootprintRequest>(
    API_ROUTES.footprints,
    API_ROUTES.footprint,
  );
  private readonly scenarioRecords = new ResourceClient<ScenarioView, CreateScenarioRequest, never>(
    API_ROUTES.scenarios,
    API_ROUTES.scenario,
  );

  rule(): Observable<ExposureRuleView> {
    return this.http.get<ExposureRuleView>(API_ROUTES.exposureRule);
  }

  footprints(): Observable<Page<FootprintView>> {
    return this.footprintRecords.list();
  }

  createFootprint(body: CreateFootprintRequest): Observable<FootprintView> {
    return this.footprintRecords.create(body);
  }

  updateFootprint(id: number, body: UpdateFootprintRequest): Observable<FootprintView> {
    return this.footprintRecords.update(id, body);
  }

  companyIndex(id: number): Observable<CompanyIndexView> {
    return this.http.get<CompanyIndexView>(API_ROUTES.footprintIndex(id));
  }

  /** The overview's company view: the company index today and over the range, beside the country index. */
  overview(id: number, range: { profile?: string; from?: string; to?: string; interval?: IndexInterval } = {}): Observable<IndexOverview> {
    return this.http
      .get<IndexOverviewView>(API_ROUTES.footprintOverview(id), { params: queryParams(range) })
      .pipe(map(overviewFromColumns));
  }

  /** What changed in the company index between two days. */
  explain(id: number, range: { profile?: string; from?: string; to?: string } = {}): Observable<IndexExplanationView> {
    return this.http.get<IndexExplanationView>(API_ROUTES.footprintExplain(id), { params: queryParams(range) });
  }

  presets(): Observable<ScenarioPresetView[]> {
    return this.http.get<ScenarioPresetView[]>(API_ROUTES.scenarioPresets);
  }

  scenarios(): Observable<Page<ScenarioView>> {
    return this.scenarioRecords.list();
  }

  scenario(id: number): Observable<ScenarioView> {
    return this.scenarioRecords.get(id);
  }

  saveScenario(body: CreateScenarioRequest): Observable<ScenarioView> {
    return this.scenarioRecords.create(body);
  }

  /** Projects without saving; the API writes nothing. */
  project(body: ProjectScenarioRequest): Observable<ScenarioProjectionView> {
    return this.http.post<ScenarioProjectionView>(API_ROUTES.scenarioProject, body);
  }

  replay(date: string, footprintId?: number): Observable<ReplayView> {
    const params: Record<string, string> = { date };
    if (footprintId !== undefined) params['footprintId'] = String(footprintId);
    return this.http.get<ReplayView>(API_ROUTES.replay, { params });
  }

  replayPresets(): Observable<ReplayPresetView[]> {
    return this.http.get<ReplayPresetView[]>(API_ROUTES.replayPresets);
  }
}
