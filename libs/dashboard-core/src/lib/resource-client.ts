import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Page } from '@kem/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './query-params';

/**
 * The requests of one resource of the API, from its two routes in API_ROUTES: the collection
 * (list a page with filters, create) and one record (read, change some fields, delete).
 * Create it in an injection context (a field of a service).
 */
export class ResourceClient<View, Create, Patch, Query extends object = Record<string, never>> {
  private readonly http = inject(HttpClient);

  constructor(
    private readonly collection: string,
    private readonly record: (id: number) => string,
  ) {}

  /** A page of records; only the filters that are set are sent. */
  list(query?: Query): Observable<Page<View>> {
    return this.http.get<Page<View>>(this.collection, { params: queryParams(query ?? {}) });
  }

  get(id: number): Observable<View> {
    return this.http.get<View>(this.record(id));
  }

  create(body: Create): Observable<View> {
    return this.http.post<View>(this.collection, body);
  }

  update(id: number, patch: Patch): Observable<View> {
    return this.http.patch<View>(this.record(id), patch);
  }

  remove(id: number): Observable<void> {
    return this.http.delete<void>(this.record(id));
  }
}
