import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, EventInput, EventPatch, EventQuery, EventView, ImportReport } from '@kem/contracts';
import { Observable } from 'rxjs';
import { uploadCsv } from './csv-upload';
import { ResourceClient } from './resource-client';

/**
 * Evidence events: the timeline, the analyst's editor and triage, and CSV import. `list` answers newest
 * first (anonymous callers and viewers get published events only); `update` changes some fields, e.g.
 * `{ status: 'published' }` to publish a draft.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceApi extends ResourceClient<EventView, EventInput, EventPatch, EventQuery> {
  private readonly uploads = inject(HttpClient);

  constructor() {
    super(API_ROUTES.events, API_ROUTES.event);
  }

  /** Uploads an events CSV; with `dryRun` the API only checks it and reports what it would do. */
  importCsv(file: File, dryRun: boolean): Observable<ImportReport> {
    return uploadCsv<ImportReport>(this.uploads, API_ROUTES.eventsImport, file, dryRun);
  }
}
