import { CompanyIndexView } from '@kem/contracts';
import { CPC_EXPORTER_VIEW as footprint } from '@kem/contracts/testing';
import { renderPage } from '@kem/dashboard-core/testing';
import { FootprintPage } from './footprint-page';

const index: CompanyIndexView = {
  footprint,
  date: '2026-02-15',
  companyValue: 68.6,
  companyBand: 'high',
  companyBandLabel: 'High',
  countryValue: 66.6,
  countryBand: 'high',
  countryBandLabel: 'High',
  difference: 2,
  reason:
    'Your index is 2 points above the country index (68.6 vs 66.6) mainly because CPC pipeline disruptions, score 79.1 carries 49 % of your index against 20 % of the country’s — 90 % of exports through CPC or Russian routes.',
  topChannels: ['cpc_pipeline'],
  channels: [
    {
      key: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      score: 79.1,
      factor: 3,
      countryShare: 0.2,
      companyShare: 0.49,
      countryContribution: 15.8,
      companyContribution: 32.9,
      difference: 17.1,
      drivers: ['90 % of exports through CPC or Russian routes'],
    },
  ],
  bandActions: [{ id: 'high.crisis-team', text: 'Stand up a crisis team.' }],
  actions: [
    {
      indicatorKey: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      score: 79.1,
      band: 'high',
      factor: 3,
      priority: 237.3,
      why: 'High exposure.',
      actions: [{ id: 'cpc_pipeline.impact', text: 'Model the revenue impact of reduced CPC throughput.' }],
    },
  ],
  freshness: [{ key: 'cpc_pipeline', name: 'CPC pipeline disruptions', state: 'fresh', daysSinceEvidence: 21, inComposite: true }],
  uncertainty: { p5: 63, p95: 77.1 },
  series: { from: '2025-02-15', country: [60, 61], company: [62, 63] },
};

describe('FootprintPage', () => {
  async function open() {
    const { fixture, http } = await renderPage(FootprintPage);
    http.expectOne('/api/footprints').flush({ items: [], total: 0, page: 1, pageSize: 50 });
    http
      .expectOne('/api/exposure/rule')
      .flush({ version: 1, floor: 0.25, maxFactor: 3, formula: 'factor e = …', measures: [], rows: [], regions: [] });
    await fixture.whenStable();
    return { fixture, http, el: fixture.nativeElement as HTMLElement };
  }

  it('saves the answers and shows the company index beside the country index with the reason and ranked actions', async () => {
    const { fixture, http, el } = await open();
    const page = fixture.componentInstance;
    page.form.patchValue({ name: 'Caspian Crude LLP', revenueShareKz: 30, exportRouteShare: 90, staffInKz: 20, sitesInKz: 1 });
    page.toggleRegion('atyrau', true);
    page.save();
    const post = http.expectOne((r) => r.method === 'POST' && r.url === '/api/footprints');
    expect(post.request.body).toEqual({
      ...Object.fromEntries(Object.entries(footprint).filter(([k]) => !['id', 'mine', 'createdAt', 'updatedAt'].includes(k))),
    });
    post.flush(footprint);
    await fixture.whenStable();
    http.expectOne('/api/footprints').flush({ items: [footprint], total: 1, page: 1, pageSize: 50 });
    http.expectOne('/api/footprints/7/index').flush(index);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=company-value]')?.textContent).toBe('68.6');
    expect(el.querySelector('[data-testid=country-value]')?.textContent).toBe('66.6');
    expect(el.querySelector('[data-testid=exposure-reason]')?.textContent).toContain('90 % of exports through CPC or Russian routes');
    expect(el.querySelector('[data-testid=company-actions]')?.textContent).toContain('Model the revenue impact of reduced CPC throughput.');
  });

  it('puts the API’s field errors on the form', async () => {
    const { fixture, http, el } = await open();
    const page = fixture.componentInstance;
    page.form.patchValue({ name: 'X' });
    page.save();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/footprints')
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'exportRouteShare: must not be greater than 100',
          errors: [{ field: 'exportRouteShare', message: 'exportRouteShare must not be greater than 100' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(page.form.controls.exportRouteShare.errors?.['server']).toBe('exportRouteShare must not be greater than 100');
    expect(el.textContent).toContain('exportRouteShare must not be greater than 100');
  });
});
