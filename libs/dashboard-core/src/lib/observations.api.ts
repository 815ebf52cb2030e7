import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, ObservationImportReport, ObservationView, Page } from '@kem/contracts';
import { Observable } from 'rxjs';
import { uploadCsv } from './csv-upload';

/** Observations: metric indicators' values and the structural series behind the baselines (period, vintage). */
@Injectable({ providedIn: 'root' })
export class ObservationsApi {
  private readonly http = inject(HttpClient);

  list(indicator: string, pageSize = 200): Observable<Page<ObservationView>> {
    return this.http.get<Page<ObservationView>>(API_ROUTES.observations, { params: { indicator, pageSize } });
  }

  /** Uploads an observations CSV (all rows or none); with `dryRun` nothing is stored. */
  importCsv(file: File, dryRun: boolean): Observable<ObservationImportReport> {
    return uploadCsv<ObservationImportReport>(this.http, API_ROUTES.observationsImport, file, dryRun);
  }
}
