import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, AuditEntryView, Page } from '@kem/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** What can be audited (GET /api/audit?entityType=). */
export const AUDIT_ENTITY_TYPES = ['event', 'observation', 'user', 'profile', 'subscription'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Filters of GET /api/audit; `action` is an exact action (event.update) or a prefix ending in '.' (weights.). */
export interface AuditQuery {
  action?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  /** Part of the e-mail of who made the change. */
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** The audit log (admin): every change by an analyst or admin, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery = {}): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(API_ROUTES.audit, { params: queryParams(query) });
  }
}
