import { TestBed } from '@angular/core/testing';
import { apiBackendPerTest } from '../testing/api-backend';
import { ObservationImportReport } from '@kem/contracts';
import { firstValueFrom } from 'rxjs';
import { EvidenceHealthApi } from './evidence-health.api';
import { IndexApi } from './index.api';
import { MethodologyApi } from './methodology.api';
import { ObservationsApi } from './observations.api';

describe('clients for methodology version 2', () => {
  const http = apiBackendPerTest();

  it('MethodologyApi reads GET /api/methodology', () => {
    TestBed.inject(MethodologyApi).get().subscribe();
    expect(http.expectOne('/api/methodology').request.method).toBe('GET');
  });

  it('EvidenceHealthApi reads the health view and records "reviewed — no change" with an optional note', () => {
    const api = TestBed.inject(EvidenceHealthApi);
    api.get().subscribe();
    expect(http.expectOne('/api/evidence-health').request.method).toBe('GET');
    api.review('cpc_pipeline', { note: 'Checked CPC and Interfax: nothing new' }).subscribe();
    const post = http.expectOne({ method: 'POST', url: '/api/indicators/cpc_pipeline/reviews' });
    expect(post.request.body).toEqual({ note: 'Checked CPC and Interfax: nothing new' });
    api.review('a b').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/indicators/a%20b/reviews' }).request.body).toEqual({});
  });

  it('ObservationsApi uploads an observations CSV as "file", saying whether it is a dry run', async () => {
    const file = new File(['indicator,series\n'], 'observations.csv', { type: 'text/csv' });
    const report: ObservationImportReport = { dryRun: true, created: 0, updated: 0, rows: [] };
    const result = firstValueFrom(TestBed.inject(ObservationsApi).importCsv(file, true));
    const req = http.expectOne((r) => r.url === '/api/observations/import');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe('true');
    expect(((req.request.body as FormData).get('file') as File).name).toBe('observations.csv');
    req.flush(report);
    expect(await result).toEqual(report);
  });

  it('IndexApi asks for the previous method only when told to', () => {
    const api = TestBed.inject(IndexApi);
    api.series({ from: '2014-01-01', interval: 'month', method: 1 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/index').request.params.get('method')).toBe('1');
    api.latest().subscribe();
    expect(http.expectOne((r) => r.url === '/api/index/latest').request.params.keys()).toEqual([]);
    api.latest('default', 1).subscribe();
    expect(http.expectOne((r) => r.url === '/api/index/latest').request.params.get('method')).toBe('1');
  });
});
