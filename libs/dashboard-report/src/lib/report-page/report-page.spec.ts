import { TestBed } from '@angular/core/testing';
import type { IndexExplanationView, IndexSeriesView, LatestIndexView } from '@kem/contracts';
import { TODAY } from '@kem/dashboard-charts';
import { renderPage } from '@kem/dashboard-core/testing';
import { ReportPage } from './report-page';

const freshness = {
  date: '2026-12-01',
  method: 2,
  coverage: { covered: 2, total: 2, share: 1, inComposite: ['cpc_pipeline', 'trade_russia'], leftOut: [] },
  indicators: [],
  lastNewEvidence: '2026-11-20',
  daysSinceNewEvidence: 11,
  stale: [],
  unmonitored: [],
  summary: 'No new evidence for 11 days; all indicators fresh.',
} as unknown as LatestIndexView['freshness'];

const latest = {
  profile: { slug: 'default', name: 'Default', version: 1 },
  method: 2,
  asOf: null,
  date: '2026-12-01',
  value: 47.3,
  band: 'elevated',
  bandLabel: 'Elevated',
  reason: null,
  lower: 41.2,
  upper: 53.9,
  changes: [{ days: 30, change: 2.4 }],
  coverage: ['cpc_pipeline', 'trade_russia'],
  freshness,
  scores: [
    { indicatorKey: 'cpc_pipeline', score: 70, baseline: 20, contribution: 30.1, band: 'high', state: 'fresh' },
    { indicatorKey: 'trade_russia', score: 40, baseline: 30, contribution: 17.2, band: 'elevated', state: 'stale' },
  ],
  topMovers: [],
  bandActions: [{ id: 'a1', text: 'Review CPC export contingency routes' }],
  indicatorActions: [
    { indicatorKey: 'cpc_pipeline', score: 70, band: 'high', actions: [{ id: 'a2', text: 'Check force-majeure clauses' }] },
  ],
  computedAt: '2026-12-01T03:10:00.000Z',
} as unknown as LatestIndexView;

const explanation = {
  from: '2026-11-01',
  to: '2026-12-01',
  summary: ['The index rose 2.4 points, mostly from new evidence.'],
  parts: { newEvidence: 2.4, fading: 0, baseline: 0, staleness: 0, reweighting: 0 },
  indicators: [
    {
      indicatorKey: 'cpc_pipeline',
      change: 2.4,
      stateFrom: 'fresh',
      stateTo: 'fresh',
      monitoringChanged: false,
      drivers: [
        { eventId: 7, memberIds: [7], kind: 'new', severity: 4, status: 'ongoing', startDate: '2026-11-17', endDate: null, points: 2.4 },
      ],
    },
  ],
  events: { '7': { title: 'Drone strike on CPC mooring', sourceName: 'Reuters', sourceUrl: 'https://example.com/cpc' } },
} as unknown as IndexExplanationView;

describe('ReportPage', () => {
  const open = () => renderPage(ReportPage, { providers: [{ provide: TODAY, useValue: () => '2026-12-02' }] });

  /** The report once GET /api/index/latest has answered 503 with this error body. */
  async function openAfter503(message: string, code: string) {
    const page = await open();
    page.http.expectOne('/api/index/latest').flush({ statusCode: 503, message, code }, { status: 503, statusText: 'Service Unavailable' });
    await page.stable();
    return page.el;
  }

  it('composes headline, chart, contributions, what changed with sources, actions, methodology and the evidence date', async () => {
    const { fixture, http, el } = await open();
    await fixture.whenStable();
    http.expectOne('/api/index/latest').flush(latest);
    http.expectOne('/api/indicators').flush([
      { key: 'cpc_pipeline', name: 'CPC pipeline disruptions' },
      { key: 'trade_russia', name: 'Trade dependence on Russia' },
    ]);
    http.expectOne('/api/methodology').flush({
      method: { label: 'Method 2', summary: 'Structural baseline plus event pressure.', aggregation: 'Weighted mean.' },
      reviewIntervalRule: 'Review intervals from news cadence.',
    });
    await fixture.whenStable();
    const series = http.expectOne((r) => r.url === '/api/index');
    expect(series.request.params.get('interval')).toBe('week');
    expect(series.request.params.get('from')).toBe('2023-12-02');
    series.flush({
      profile: latest.profile,
      interval: 'week',
      from: '2023-12-02',
      to: '2026-12-01',
      points: [],
      freshness,
      noValueReason: null,
    } as unknown as IndexSeriesView);
    const explain = http.expectOne((r) => r.url === '/api/index/explain');
    expect(explain.request.params.get('from')).toBe('2026-11-01');
    explain.flush(explanation);
    await fixture.whenStable();

    const text = el.textContent ?? '';
    expect(el.querySelector('[data-testid=report-headline]')?.textContent).toContain('47.3');
    expect(text).toContain('Elevated');
    expect(text).toContain('41.2–53.9');
    expect(el.querySelector('[data-testid=report-freshness]')?.textContent).toContain('No new evidence for 11 days');
    expect(el.querySelector('[data-testid=report-contributions]')?.textContent).toContain('CPC pipeline disruptions');
    expect(el.querySelector('[data-testid=report-changed]')?.textContent).toContain('Drone strike on CPC mooring');
    expect(el.querySelector('[data-testid=report-changed]')?.textContent).toContain('Reuters — https://example.com/cpc');
    expect(el.querySelector('[data-testid=report-actions]')?.textContent).toContain('Check force-majeure clauses');
    expect(el.querySelector('[data-testid=report-methodology]')?.textContent).toContain('Structural baseline plus event pressure');
    expect(el.querySelector('[data-testid=report-evidence-date]')?.textContent).toContain('20 Nov 2026');
  });

  it('tells an index being computed from a database outage by the error body', async () => {
    const computing = await openAfter503('The index of "Default" is being computed', 'index-computing');
    expect(computing.querySelector('[data-testid=report-computing]')).not.toBeNull();
    expect(computing.querySelector('[data-testid=report-unavailable]')).toBeNull();

    TestBed.resetTestingModule();
    const outage = await openAfter503('The database cannot be reached right now', 'database-unavailable');
    expect(outage.querySelector('[data-testid=report-computing]')).toBeNull();
    expect(outage.querySelector('[data-testid=report-unavailable]')?.textContent).toContain('The database cannot be reached right now');
  });
});
