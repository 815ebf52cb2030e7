import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, MethodologyView } from '@kem/contracts';
import { Observable } from 'rxjs';
import { loadOnce, Loader } from './loader';

/** The served scoring method: every coefficient and the validation report (public). */
@Injectable({ providedIn: 'root' })
export class MethodologyApi {
  private readonly http = inject(HttpClient);

  get(): Observable<MethodologyView> {
    return this.http.get<MethodologyView>(API_ROUTES.methodology);
  }
}

/** The served scoring method, loaded once for a view. Call in an injection context. */
export function methodologyLoader(): Loader<MethodologyView> {
  const api = inject(MethodologyApi);
  return loadOnce(() => api.get());
}
