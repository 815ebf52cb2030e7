import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, ObservationView, Page } from '@kem/contracts';
import { Observable } from 'rxjs';

/** Observations of metric indicators. */
@Injectable({ providedIn: 'root' })
export class ObservationsApi {
  private readonly http = inject(HttpClient);

  list(indicator: string, pageSize = 200): Observable<Page<ObservationView>> {
    return this.http.get<Page<ObservationView>>(API_ROUTES.observations, { params: { indicator, pageSize } });
  }
}
