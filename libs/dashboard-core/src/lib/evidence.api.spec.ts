import { TestBed } from '@angular/core/testing';
import { apiBackendPerTest } from '../testing/api-backend';
import { EventInput, ImportReport } from '@kem/contracts';
import { firstValueFrom } from 'rxjs';
import { EvidenceApi } from './evidence.api';

const input: EventInput = {
  indicatorKey: 'cpc_pipeline',
  date: '2022-03-22',
  title: 'CPC takes SPM-3 out of service',
  summary: 'Storm damage to a mooring.',
  severity: 2,
  sourceName: 'Interfax',
  sourceUrl: 'https://interfax.com/newsroom/top-stories/77175/',
  confidence: 'high',
};

describe('EvidenceApi', () => {
  let api: EvidenceApi;
  const http = apiBackendPerTest();

  beforeEach(() => (api = TestBed.inject(EvidenceApi)));

  it('sends only the filters that are set, as query parameters', async () => {
    const page = firstValueFrom(
      api.list({ indicator: 'cpc_pipeline', from: '2022-01-01', q: '  storm ', to: undefined, status: 'draft', page: 2, pageSize: 20 }),
    );
    const req = http.expectOne((r) => r.url === '/api/events');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.keys().sort()).toEqual(['from', 'indicator', 'page', 'pageSize', 'q', 'status']);
    expect(req.request.params.get('q')).toBe('storm');
    expect(req.request.params.get('page')).toBe('2');
    req.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    expect((await page).total).toBe(0);
  });

  it('leaves blank text out of the query', () => {
    api.list({ q: '   ', indicator: '' }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/events');
    expect(req.request.params.keys()).toEqual([]);
    req.flush({ items: [], total: 0, page: 1, pageSize: 50 });
  });

  it('creates, changes, fetches and deletes single events', () => {
    api.create(input).subscribe();
    const created = http.expectOne({ method: 'POST', url: '/api/events' });
    expect(created.request.body).toEqual(input);
    created.flush({ ...input, id: 7 });

    api.update(7, { status: 'published' }).subscribe();
    const patched = http.expectOne({ method: 'PATCH', url: '/api/events/7' });
    expect(patched.request.body).toEqual({ status: 'published' });
    patched.flush({ ...input, id: 7 });

    api.get(7).subscribe();
    http.expectOne({ method: 'GET', url: '/api/events/7' }).flush({ ...input, id: 7 });

    api.remove(7).subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/events/7' }).flush(null, { status: 204, statusText: 'No Content' });
  });

  it('uploads the CSV as the multipart field "file", saying whether it is a dry run', async () => {
    const file = new File(['date,indicator\n'], 'events.csv', { type: 'text/csv' });
    const report: ImportReport = { dryRun: true, created: 0, updated: 0, rows: [] };
    const result = firstValueFrom(api.importCsv(file, true));
    const req = http.expectOne((r) => r.url === '/api/events/import');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe('true');
    const body = req.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('events.csv');
    req.flush(report);
    expect(await result).toEqual(report);

    api.importCsv(file, false).subscribe();
    const real = http.expectOne((r) => r.url === '/api/events/import');
    expect(real.request.params.get('dryRun')).toBe('false');
    real.flush({ ...report, dryRun: false });
  });
});
