import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, EventInput, EventPatch, EventQuery, EventView, ImportReport, Page } from '@kem/contracts';
import { Observable } from 'rxjs';
import { uploadCsv } from './csv-upload';
import { queryParams } from './query-params';

/** Evidence events: the timeline, the analyst's editor and triage, and CSV import. */
@Injectable({ providedIn: 'root' })
export class EvidenceApi {
  private readonly http = inject(HttpClient);

  /** Newest first; anonymous callers and viewers get published events only. */
  list(query: EventQuery = {}): Observable<Page<EventView>> {
    return this.http.get<Page<EventView>>(API_ROUTES.events, { params: queryParams(query) });
  }

  get(id: number): Observable<EventView> {
    return this.http.get<EventView>(API_ROUTES.event(id));
  }

  create(input: EventInput): Observable<EventView> {
    return this.http.post<EventView>(API_ROUTES.events, input);
  }

  /** Changes some fields, e.g. `{ status: 'published' }` to publish a draft. */
  update(id: number, patch: EventPatch): Observable<EventView> {
    return this.http.patch<EventView>(API_ROUTES.event(id), patch);
  }

  remove(id: number): Observable<void> {
    return this.http.delete<void>(API_ROUTES.event(id));
  }

  /** Uploads an events CSV; with `dryRun` the API only checks it and reports what it would do. */
  importCsv(file: File, dryRun: boolean): Observable<ImportReport> {
    return uploadCsv<ImportReport>(this.http, API_ROUTES.eventsImport, file, dryRun);
  }
}
