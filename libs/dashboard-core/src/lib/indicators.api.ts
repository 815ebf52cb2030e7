import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, IndicatorView } from '@kem/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<IndicatorView[]> {
    return this.http.get<IndicatorView[]>(API_ROUTES.indicators);
  }
}
