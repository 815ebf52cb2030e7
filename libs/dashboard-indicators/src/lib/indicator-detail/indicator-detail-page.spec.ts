import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventView, IndicatorScorePointView, MethodologyView, ObservationView } from '@kem/contracts';
import { ScoreChart, TODAY } from '@kem/dashboard-charts';
import { addDays } from '@kem/scoring';
import { aFreshness, anEvent, anObservation, CPC, FOREIGN_AGENT, TRADE } from '@kem/dashboard-core/testing';
import { IndicatorDetailPage } from './indicator-detail-page';

const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 500 });

/** Daily scores from `from` to 2026-11-24, rising by 0.01 a day from `start`. */
function scores(from: string, start: number): IndicatorScorePointView[] {
  const points: IndicatorScorePointView[] = [];
  for (let date = from, s = start; date <= '2026-11-24'; date = addDays(date, 1), s += 0.01) {
    points.push({ date, score: s, baseline: 30, state: 'fresh' });
  }
  return points;
}

const METHODOLOGY = {
  indicators: [
    {
      key: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      defaultWeight: 18,
      reviewIntervalDays: 150,
      unmonitoredAfterDays: 450,
      unknownHoldDays: 90,
      reviewIntervalBasis: '',
      baseline: {
        components: [
          {
            series: 'cpc_share_crude_exports',
            label: 'CPC share of crude exports',
            lo: 40,
            hi: 90,
            direction: 'higher_is_riskier',
            weight: 0.5,
            availableFrom: 'period_end',
            lagMonths: 4,
          },
        ],
        expectedVintageMonths: 18,
        rationale: 'Most crude leaves through CPC across Russia.',
        dataNotes: 'One annual series.',
      },
    },
  ],
} as unknown as MethodologyView;

const seriesView = (key: string, points: IndicatorScorePointView[]) => ({
  indicatorKey: key,
  method: 2,
  from: '2014-01-01',
  to: '2026-11-24',
  points,
  freshness: aFreshness({ indicatorKey: key, daysSinceEvidence: 303, daysSinceTouch: 303 }),
});

describe('IndicatorDetailPage', () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'indicators/:key', component: IndicatorDetailPage }], withComponentInputBinding()),
        { provide: TODAY, useValue: () => '2026-11-24' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IndicatorDetailPage);
    const stable = () => harness.fixture.whenStable();
    const one = (path: string) => http.expectOne((r) => r.url === path);
    return { http, harness, stable, one, el: harness.routeNativeElement as HTMLElement, router: TestBed.inject(Router) };
  }

  async function openCpc(events: EventView[], observations: ObservationView[] = []) {
    const p = await open('/indicators/cpc_pipeline');
    p.one('/api/indicators').flush([CPC, TRADE, FOREIGN_AGENT]);
    const series = p.one('/api/indicators/cpc_pipeline/series');
    expect(params(series)).toEqual({});
    series.flush(seriesView('cpc_pipeline', scores('2025-01-01', 40)));
    p.one('/api/methodology').flush(METHODOLOGY);
    const list = p.one('/api/events');
    expect(params(list)).toEqual({ indicator: 'cpc_pipeline', status: 'published', pageSize: '500' });
    list.flush(page(events));
    const obs = p.one('/api/observations');
    expect(params(obs)).toEqual({ indicator: 'cpc_pipeline', pageSize: '200' });
    obs.flush(page(observations));
    await p.stable();
    return p;
  }

  const twoEvents = [
    anEvent({
      id: 7,
      date: '2026-11-24',
      severity: 4,
      title: 'Drone strike halts CPC loading',
      sourceName: 'Reuters',
      sourceUrl: 'https://www.reuters.com/cpc?a=1&b=2',
    }),
    anEvent({
      id: 3,
      date: '2026-09-25',
      severity: 3,
      title: 'Storm damages a mooring',
      sourceName: 'Interfax',
      sourceUrl: 'https://interfax.com/77175',
    }),
  ];

  it('asks for the indicator’s own scores, events and observations, and shows what it is, its score today and band', async () => {
    const { el, http } = await openCpc(twoEvents);
    expect(el.querySelector('h1')?.textContent).toBe('CPC pipeline disruptions');
    expect(el.querySelector('.meta')?.textContent).toContain('energy');
    expect(el.querySelector('.meta')?.textContent).toContain('default weight 18 (40 % of the default index)');
    expect(el.textContent).toContain(CPC.description);
    const today = el.querySelector('[data-testid=current-score]') as HTMLElement;
    // 40 + 0.01 · 692 days = 46.92
    expect(today.querySelector('.number')?.textContent).toBe('46.9');
    expect(today.querySelector('kem-band-badge')?.textContent?.trim()).toBe('Elevated');
    expect(today.textContent).toContain('+0.3 in 30 days');
    expect(el.querySelector('[data-testid=method]')?.textContent).toContain('halves every 60 days');
    expect(el.querySelector('[data-testid=observations]')).toBeNull();
    http.verify();
  });

  it('lists published events newest first with severity, source links as stored and each event’s share of today’s score', async () => {
    const { el } = await openCpc(twoEvents);
    const items = Array.from(el.querySelectorAll('[data-testid=events] li.event'));
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['7', '3']);
    expect(items[0].querySelector('h3')?.textContent).toBe('Drone strike halts CPC loading');
    expect(items[0].textContent).toContain('severity 4 of 5 · Major');
    const link = items[0].querySelector('.source a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.reuters.com/cpc?a=1&b=2');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // pressure 8 today and 4 · ½ = 2 after one half-life: shares 80 % and 20 %
    expect(items.map((li) => li.querySelector('[data-testid=event-share]')?.textContent?.trim())).toEqual([
      '80 % of today’s event part',
      '20 % of today’s event part',
    ]);
    expect(el.querySelector('a[href="/events?indicator=cpc_pipeline"]')).not.toBeNull();
  });

  it('charts the whole history by default, its events marked, and narrows to a chosen range without asking again', async () => {
    const { el, stable, router, http, harness } = await openCpc(twoEvents);
    const chart = () =>
      harness.fixture.debugElement.query((d) => d.componentInstance instanceof ScoreChart).componentInstance as ScoreChart;
    expect(el.querySelector('canvas[data-chart=score]')).not.toBeNull();
    expect(chart().points()).toHaveLength(693);
    expect(
      chart()
        .events()
        .map((e) => e.id),
    ).toEqual([7, 3]);
    (el.querySelector('mat-button-toggle[data-range="1y"] button') as HTMLButtonElement).click();
    await stable();
    expect(router.url).toBe('/indicators/cpc_pipeline?range=1y');
    expect(chart().points()[0].date).toBe('2025-11-25');
    expect(chart().points()).toHaveLength(365);
    http.expectNone((r) => r.url.includes('/series'));
  });

  it('shows a metric indicator’s observations with their sources, the scored series first', async () => {
    const p = await open('/indicators/trade_russia');
    p.one('/api/indicators').flush([CPC, TRADE]);
    p.one('/api/indicators/trade_russia/series').flush(seriesView('trade_russia', scores('2023-09-30', 28.67)));
    p.one('/api/events').flush(page([anEvent({ id: 9, indicatorKey: 'trade_russia', title: 'State visit' })]));
    p.one('/api/observations').flush(
      page([
        anObservation({
          id: 2,
          series: 'russia_trade_turnover',
          value: 26.1,
          unit: 'USD bn',
          date: '2022-12-31',
          sourceName: 'TASS',
          sourceUrl: 'https://tass.com/1',
        }),
        anObservation({ id: 1 }),
      ]),
    );
    await p.stable();
    const rows = Array.from(p.el.querySelectorAll('[data-testid=observations] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim().replace(/\s+/g, ' ')),
    );
    expect(rows).toEqual([
      ['russia_trade_share scored', '30 Sep 2023', '–', '18.6 %', '–', 'bne IntelliNews', 'medium'],
      ['russia_trade_turnover', '31 Dec 2022', '–', '26.1 USD bn', '–', 'TASS', 'medium'],
    ]);
    expect(p.el.querySelector('[data-testid=observations] a')?.getAttribute('href')).toBe('https://www.intellinews.com/x');
    expect(p.el.querySelector('[data-testid=method]')?.textContent).toContain('In force today: 18.6 % dated 30 Sep 2023');
    expect(p.el.querySelector('[data-testid=event-share]')).toBeNull();
  });

  it('says so when there is no such indicator', async () => {
    const p = await open('/indicators/nonsense');
    p.one('/api/indicators').flush([CPC]);
    p.one('/api/indicators/nonsense/series').flush(
      { statusCode: 400, message: 'key: unknown indicator "nonsense"' },
      { status: 400, statusText: 'Bad Request' },
    );
    p.one('/api/events').flush(page([]));
    p.one('/api/observations').flush(page([]));
    await p.stable();
    expect(p.el.querySelector('[data-testid=not-found]')?.textContent).toContain('There is no indicator “nonsense”');
  });

  it('shows an error with a retry when the events cannot be loaded', async () => {
    const p = await open('/indicators/cpc_pipeline');
    p.one('/api/indicators').flush([CPC]);
    p.one('/api/indicators/cpc_pipeline/series').flush(seriesView('cpc_pipeline', []));
    p.one('/api/events').flush({ statusCode: 503, message: 'Database unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    p.one('/api/observations').flush(page([]));
    await p.stable();
    expect(p.el.querySelector('[data-testid=score-empty]')).not.toBeNull();
    const alert = p.el.querySelector('[data-testid=events] [role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('Database unavailable');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await p.stable();
    p.one('/api/events').flush(page([]));
    await p.stable();
    expect(p.el.querySelector('[data-testid=events]')?.textContent).toContain('No published events for this indicator yet.');
  });

  it('shows the baseline part and the event part, the freshness, and the structural series behind the baseline with period and vintage', async () => {
    const { el } = await openCpc(twoEvents, [
      anObservation({
        id: 5,
        indicatorKey: 'cpc_pipeline',
        series: 'cpc_share_crude_exports',
        date: '2023-12-31',
        period: '2023',
        value: 80,
        vintage: '2024-04-15',
        sourceName: 'CPC',
      }),
    ]);
    const today = el.querySelector('[data-testid=current-score]') as HTMLElement;
    expect(today.querySelector('[data-testid=score-parts]')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Baseline 30.0 (structural, from annual series) + events 16.9 on top',
    );
    const freshness = today.querySelector('[data-testid=freshness]') as HTMLElement;
    expect(freshness.querySelector('[data-freshness=stale]')).not.toBeNull();
    expect(freshness.textContent).toContain('No new evidence for 303 days');
    expect(freshness.textContent).toContain('Held at its last reviewed level');
    const row = el.querySelector('[data-testid=structural-series] tr[data-series=cpc_share_crude_exports]') as HTMLElement;
    expect(row.textContent).toContain('CPC share of crude exports');
    expect(row.textContent).toContain('2023');
    expect(row.textContent).toContain('15 Apr 2024');
    expect(row.querySelector('[data-testid=stale-vintage]')?.textContent).toContain('older than expected (31 months)');
  });

  it('lists follow-ups under the event they follow, with lifecycle badges, counted once in the family', async () => {
    const { el } = await openCpc([
      anEvent({ id: 12, date: '2025-12-02', severity: 3, title: 'CPC says loading halved', parentId: 10, lifecycle: 'ongoing' }),
      anEvent({ id: 10, date: '2025-11-29', severity: 4, title: 'Drone strike wrecks SPM-2', lifecycle: 'ongoing' }),
    ]);
    const items = Array.from(el.querySelectorAll('[data-testid=events] li.event'));
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['10']);
    expect(items[0].querySelector('[data-lifecycle=ongoing]')?.textContent?.trim()).toBe('Ongoing');
    const followUps = items[0].querySelector('[data-testid=follow-ups]') as HTMLElement;
    expect(followUps.querySelector('li')?.getAttribute('data-id')).toBe('12');
    expect(followUps.textContent).toContain('CPC says loading halved');
    expect(items[0].querySelector('[data-testid=event-share]')?.textContent?.trim()).toBe('100 % of today’s event part');
  });
});
