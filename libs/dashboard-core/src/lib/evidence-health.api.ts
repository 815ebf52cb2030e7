import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, EvidenceHealthView, IndicatorReviewInput, IndicatorReviewView } from '@kem/contracts';
import { Observable } from 'rxjs';

/** Evidence health (analysts): freshness per indicator, structural vintages, connectors; "reviewed — no change". */
@Injectable({ providedIn: 'root' })
export class EvidenceHealthApi {
  private readonly http = inject(HttpClient);

  get(): Observable<EvidenceHealthView> {
    return this.http.get<EvidenceHealthView>(API_ROUTES.evidenceHealth);
  }

  /** Records "reviewed — no change" for an indicator today, with an optional note of what was checked. */
  review(indicatorKey: string, input: IndicatorReviewInput = {}): Observable<IndicatorReviewView> {
    return this.http.post<IndicatorReviewView>(API_ROUTES.indicatorReviews(indicatorKey), input);
  }
}
