import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, TriageCorrection, TriageMerge, TriagePage, TriageQuery, TriageRejection, TriageResult } from '@kem/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** Triage (analysts): drafts with their intake suggestion, and the four decisions. */
@Injectable({ providedIn: 'root' })
export class TriageApi {
  private readonly http = inject(HttpClient);

  /** Drafts oldest first, each with its suggestion, reasons, merged copies and family candidates. */
  list(query: TriageQuery = {}): Observable<TriagePage> {
    return this.http.get<TriagePage>(API_ROUTES.triage, { params: queryParams(query) });
  }

  /** Publishes the draft as suggested. */
  accept(id: number): Observable<TriageResult> {
    return this.http.post<TriageResult>(API_ROUTES.triageAccept(id), {});
  }

  correct(id: number, correction: TriageCorrection): Observable<TriageResult> {
    return this.http.post<TriageResult>(API_ROUTES.triageCorrect(id), correction);
  }

  /** Publishes the draft as a follow-up of a family root; it adds no impact. */
  merge(id: number, merge: TriageMerge): Observable<TriageResult> {
    return this.http.post<TriageResult>(API_ROUTES.triageMerge(id), merge);
  }

  reject(id: number, rejection: TriageRejection): Observable<TriageResult> {
    return this.http.post<TriageResult>(API_ROUTES.triageReject(id), rejection);
  }
}
