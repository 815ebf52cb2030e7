import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IndexChart, TODAY } from '@kem/dashboard-charts';
import { advance, anEvent, aPage, aUser, useFakeTimers } from '@kem/dashboard-core/testing';
import {
  aLatest,
  anExplanation,
  anOverview,
  aPoint,
  aSeries,
  INDICATORS,
  PROFILES,
  TODAY_FOR_TESTS,
} from '../../testing/overview-fixtures';
import type { FootprintView, UserView } from '@kem/contracts';
import { COMPUTING_RETRY_MS, OverviewPage } from './overview-page';

type Params = Record<string, string | null>;
const params = (req: TestRequest): Params => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

describe('OverviewPage', () => {
  async function open(url = '/', retryMs = 60_000, user: UserView | null = null) {
    TestBed.configureTestingModule({
      providers: [
        { provide: COMPUTING_RETRY_MS, useValue: retryMs },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '', component: OverviewPage }], withComponentInputBinding()),
        { provide: TODAY, useValue: () => TODAY_FOR_TESTS },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OverviewPage);
    if (user === null) http.expectOne('/api/auth/me').flush(null, { status: 204, statusText: 'No Content' });
    else http.expectOne('/api/auth/me').flush(user);
    const el = harness.routeNativeElement as HTMLElement;
    const stable = () => harness.fixture.whenStable();
    const one = (path: string) => http.expectOne((r) => r.url === path);
    return { harness, http, el, stable, one, router: TestBed.inject(Router), loader: TestbedHarnessEnvironment.loader(harness.fixture) };
  }

  type Page = Awaited<ReturnType<typeof open>>;

  /**
   * Answers the page's first round of requests, then what changed (asked for once the index card has
   * been painted); returns the series request's parameters.
   */
  async function flushAll(page: Page, latest = aLatest()): Promise<Params> {
    page.one('/api/profiles').flush(PROFILES);
    page.one('/api/indicators').flush(INDICATORS);
    const overview = page.one('/api/index/overview');
    const seriesParams = params(overview);
    overview.flush(anOverview(latest));
    const events = [
      anEvent({ id: 1, date: '2026-11-23', severity: 4, sourceName: 'Reuters' }),
      anEvent({ id: 2, date: '2026-11-23', severity: 2, title: 'Minor statement' }),
    ];
    page.one('/api/events').flush(aPage(events));
    await page.stable();
    page.one('/api/index/explain').flush(anExplanation());
    await page.stable();
    return seriesParams;
  }

  it('shows today’s value with one decimal, its band in colour and words, the changes, the uncertainty and the coverage', async () => {
    const page = await open();
    expect(page.el.querySelector('[data-testid=headline] mat-progress-bar, mat-progress-bar')).not.toBeNull();
    await flushAll(page);
    const { el } = page;
    expect(el.querySelector('[data-testid=headline-value]')?.textContent?.trim()).toBe('47.3');
    const band = el.querySelector('[data-testid=headline-band] .badge') as HTMLElement;
    expect(band.textContent?.trim()).toBe('Elevated');
    expect(band.getAttribute('data-band')).toBe('elevated');
    expect(band.style.background).not.toBe('');
    const changes = Array.from(el.querySelectorAll('[data-testid=headline-changes] li'));
    expect(changes.map((li) => li.querySelector('[aria-hidden=true]:not(.arrow)')?.textContent?.trim())).toEqual([
      '−0.7 in 7 days',
      '+3.2 in 30 days',
      'no value 90 days back',
    ]);
    expect(changes.map((li) => li.querySelector('.arrow')?.textContent)).toEqual(['▼', '▲', '·']);
    expect(changes[1].textContent).toContain('up 3.2 points in 30 days');
    expect(el.querySelector('[data-testid=headline-uncertainty]')?.textContent?.trim()).toBe(
      '90 % band 38–51 Widened by stale indicators.',
    );
    const coverage = el.querySelector('[data-testid=headline-coverage]')?.textContent;
    expect(coverage).toContain('2 of 3 indicators (67 %) in the index');
    expect(coverage?.replace(/\s+/g, ' ')).toContain(
      'Left out (never counted as 0): Trade, dependence on Russia (unmonitored, no new evidence for 545 days)',
    );
    const staleness = el.querySelector('[data-testid=headline-staleness]') as HTMLElement;
    expect(staleness.textContent).toContain('Evidence is not current.');
    expect(staleness.querySelector('a[data-stale=csto_military]')?.textContent).toBe('CSTO / Russian military activity');
    expect(el.textContent).toContain('How the uncertainty band is made: Monte Carlo, 500 draws.');
    page.http.verify();
  });

  it('draws the index card first: the sections below it, and what changed, once the index card has been painted', async () => {
    const page = await open();
    page.one('/api/profiles').flush(PROFILES);
    page.one('/api/indicators').flush(INDICATORS);
    page.http.expectNone('/api/index/explain');
    expect(page.el.querySelector('kem-checklist, kem-what-changed, kem-indicator-scores, kem-contributions-chart')).toBeNull();
    page.one('/api/index/overview').flush(anOverview());
    page.one('/api/events').flush(aPage([]));
    await page.stable();
    expect(page.el.querySelector('kem-index-chart canvas[data-chart=index]')).not.toBeNull();
    for (const section of ['kem-indicator-scores', 'kem-what-changed', 'kem-checklist', 'kem-contributions-chart'])
      expect(page.el.querySelector(section)).not.toBeNull();
    page.one('/api/index/explain').flush(anExplanation());
    await page.stable();
    expect(page.el.querySelector('[data-testid=change-sentence]')).not.toBeNull();
  });

  it('loads the last year by default, daily, and puts a chosen range in the URL and the requests', async () => {
    const page = await open();
    expect(await flushAll(page)).toEqual({ from: '2025-11-25', interval: 'day' });
    const { el, router, stable, one } = page;

    (el.querySelector('mat-button-toggle[data-range="3y"] button') as HTMLButtonElement).click();
    await stable();
    expect(router.url).toBe('/?range=3y');
    let series = one('/api/index/overview');
    expect(params(series)).toEqual({ from: '2023-11-25', interval: 'day' });
    series.flush(anOverview());
    one('/api/events').flush(aPage([]));
    await stable();

    (el.querySelector('mat-button-toggle[data-range="all"] button') as HTMLButtonElement).click();
    await stable();
    expect(router.url).toBe('/?range=all');
    series = one('/api/index/overview');
    expect(params(series)).toEqual({ from: '2014-01-01', interval: 'month' });
    series.flush(anOverview());
    const events = one('/api/events');
    expect(params(events)).toEqual({ status: 'published', from: '2014-01-01', pageSize: '500' });
    events.flush(aPage([]));
    await stable();

    (el.querySelector('[data-testid=range-from]') as HTMLInputElement).value = '2022-01-01';
    (el.querySelector('[data-testid=range-to]') as HTMLInputElement).value = '2022-06-30';
    (el.querySelector('kem-range-picker form button') as HTMLButtonElement).click();
    await stable();
    expect(router.url).toBe('/?from=2022-01-01&to=2022-06-30');
    series = one('/api/index/overview');
    expect(params(series)).toEqual({ from: '2022-01-01', to: '2022-06-30', interval: 'day' });
    series.flush(anOverview());
    one('/api/events').flush(aPage([]));
    await stable();
    expect(el.querySelector('[data-testid=index-card] .caption')?.textContent).toContain('22 Nov 2026 – 24 Nov 2026 · daily values');
  });

  it('reads profile, range and resolution from the URL, and switches profile through the picker', async () => {
    const page = await open('/?profile=energy-exporter&range=5y&interval=month');
    page.one('/api/profiles').flush(PROFILES);
    page.one('/api/indicators').flush(INDICATORS);
    const overview = page.one('/api/index/overview');
    expect(params(overview)).toEqual({ profile: 'energy-exporter', from: '2021-11-25', interval: 'month' });
    overview.flush(anOverview(aLatest({ profile: { slug: 'energy-exporter', name: 'Energy exporter', version: 1 } })));
    page.one('/api/events').flush(aPage([]));
    await page.stable();
    const explain = page.one('/api/index/explain');
    expect(params(explain)).toEqual({ profile: 'energy-exporter' });
    explain.flush(anExplanation());
    await page.stable();
    expect(page.el.textContent).toContain('Oil and gas producers.');

    const picker = await page.loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=profile-select]' }));
    expect(await picker.getValueText()).toBe('Energy exporter');
    await picker.open();
    await picker.clickOptions({ text: 'Default' });
    await page.stable();
    expect(page.router.url).toBe('/?range=5y&interval=month');
    expect(params(page.one('/api/index/overview'))).toEqual({ from: '2021-11-25', interval: 'month' });
  });

  it.each([
    {
      title: 'says the index is being computed while the API answers 503, and checks again on request',
      state: 'computing',
      role: 'status',
      failure: { statusCode: 503, code: 'index-computing', message: 'The index is being computed; try again in a minute.' },
      says: 'The index is being computed',
    },
    {
      title: 'says once, for the whole page, that the database cannot be reached (not that the index is computing), and tries again',
      state: 'unavailable',
      role: 'alert',
      failure: {
        statusCode: 503,
        code: 'database-unavailable',
        message: 'The database cannot be reached right now, so nothing can be read or saved.',
      },
      says: 'The database cannot be reached right now',
    },
  ])('$title', async ({ state, role, failure, says }) => {
    const page = await open();
    const unavailable = { status: 503, statusText: 'Service Unavailable' };
    page.one('/api/profiles').flush(PROFILES);
    page.one('/api/indicators').flush(INDICATORS);
    page.one('/api/index/overview').flush(failure, unavailable);
    page.one('/api/events').flush(aPage([]));
    await page.stable();
    page.one('/api/index/explain').flush(failure, unavailable);
    await page.stable();
    const shown = page.el.querySelector(`[data-testid=${state}]`);
    expect(shown?.getAttribute('role')).toBe(role);
    expect(shown?.textContent).toContain(says);
    expect(page.el.querySelectorAll('[data-testid=computing], [data-testid=unavailable]')).toHaveLength(1);
    expect(page.el.querySelector('kem-index-chart')).toBeNull();
    expect(page.el.textContent).not.toContain('could not be loaded');

    (shown?.querySelector('button') as HTMLButtonElement).click();
    await page.stable();
    page.one('/api/index/overview').flush(anOverview());
    page.one('/api/index/explain').flush(anExplanation());
    await page.stable();
    expect(page.el.querySelector(`[data-testid=${state}]`)).toBeNull();
    expect(page.el.querySelector('[data-testid=headline-value]')?.textContent?.trim()).toBe('47.3');
    expect(page.el.querySelector('kem-index-chart canvas[data-chart=index]')).not.toBeNull();
  });

  it('checks again by itself while the index is being computed', async () => {
    useFakeTimers(); // stands in for the retry wait
    try {
      const page = await open('/', 20);
      const busy = { statusCode: 503, code: 'index-computing', message: 'The index is being computed' };
      page.one('/api/profiles').flush(PROFILES);
      page.one('/api/indicators').flush(INDICATORS);
      page.one('/api/index/overview').flush(busy, { status: 503, statusText: 'Service Unavailable' });
      page.one('/api/events').flush(aPage([]));
      await page.stable();
      page.one('/api/index/explain').flush(anExplanation());
      await page.stable();
      expect(page.el.querySelector('[data-testid=computing]')?.textContent).toContain('this page checks again every');
      await advance(20);
      await page.stable();
      page.one('/api/index/overview').flush(anOverview());
      await page.stable();
      expect(page.el.querySelector('[data-testid=computing]')).toBeNull();
      await advance(60);
      page.http.expectNone((r) => r.url === '/api/index/overview');
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows an error with a retry when the series fails, and an empty state for a range without values', async () => {
    const page = await open();
    page.one('/api/profiles').flush(PROFILES);
    page.one('/api/indicators').flush(INDICATORS);
    page
      .one('/api/index/overview')
      .flush({ statusCode: 400, message: 'from must be a calendar day' }, { status: 400, statusText: 'Bad Request' });
    page.one('/api/events').flush(aPage([]));
    await page.stable();
    page.one('/api/index/explain').flush(anExplanation());
    await page.stable();
    const alert = page.el.querySelector('[data-testid=index-card] [role=alert]');
    expect(alert?.textContent).toContain('from must be a calendar day');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    await page.stable();
    page.one('/api/index/overview').flush(anOverview(aLatest(), aSeries([])));
    await page.stable();
    expect(page.el.querySelector('[data-testid=series-empty]')?.textContent).toContain('no values in this range');
    expect((page.el.querySelector('[data-testid=download-csv]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('marks only events of severity 3 or more on the chart, and says so in the legend', async () => {
    const page = await open();
    await flushAll(page);
    const chart = page.harness.fixture.debugElement.query((d) => d.componentInstance instanceof IndexChart).componentInstance as IndexChart;
    expect(chart.events().map((e) => [e.id, e.indicatorName, e.sourceName])).toEqual([[1, 'CPC pipeline disruptions', 'Reuters']]);
    expect(chart.eventsLabel()).toBe('Events of severity 3+ (1)');
    expect(page.el.textContent).toContain('Smaller events are left off to avoid clutter');
  });

  it('lists the due-diligence actions for the band and for each high indicator, by name', async () => {
    const page = await open();
    await flushAll(page);
    const checklist = page.el.querySelector('[data-testid=checklist]') as HTMLElement;
    expect(Array.from(checklist.querySelectorAll('[data-testid=band-actions] mat-checkbox')).map((c) => c.textContent?.trim())).toEqual([
      'Map alternative export routes that avoid Russian territory.',
      'Review exposure monthly with the board.',
    ]);
    const indicator = checklist.querySelector('h3[data-indicator=cpc_pipeline]') as HTMLElement;
    expect(indicator.textContent).toContain('CPC pipeline disruptions');
    expect(indicator.textContent).toContain('score 72');
    expect(indicator.textContent).toContain('High');
    expect(indicator.querySelector('a')?.getAttribute('href')).toBe('/indicators/cpc_pipeline');
    expect(checklist.textContent).toContain('Line up alternative export capacity (BTC, rail to China).');
    expect(checklist.textContent).toContain('ticks are not saved');
  });

  it('explains the chart range instead of the last 30 days when asked, through the URL', async () => {
    const page = await open('/?range=3y');
    await flushAll(page);
    (
      page.el.querySelector(
        '[data-testid=what-changed] mat-button-toggle[value=range] button, [data-testid=what-changed] .window mat-button-toggle:last-child button',
      ) as HTMLButtonElement
    ).click();
    await page.stable();
    expect(page.router.url).toBe('/?range=3y&changes=range');
    const explain = page.one('/api/index/explain');
    expect(params(explain)).toEqual({ from: '2023-11-25' });
    explain.flush(anExplanation({ from: '2023-11-25', change: -1, indexFrom: 48.26 }));
    await page.stable();
    expect(page.el.querySelector('[data-testid=change-sentence]')?.textContent).toBe(
      'The index fell 1.0 points, from 48.3 to 47.3, between 25 Nov 2023 and 24 Nov 2026.',
    );
  });

  describe('CSV export', () => {
    let blobs: Blob[];
    let downloads: string[];

    beforeEach(() => {
      blobs = [];
      downloads = [];
      URL.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:csv';
      });
      URL.revokeObjectURL = jest.fn();
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
    });

    afterEach(() => jest.restoreAllMocks());

    function text(blob: Blob): Promise<string> {
      return new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blob);
      });
    }

    it('downloads the points shown: date, value, band, bounds and one quoted column per indicator', async () => {
      const page = await open();
      await flushAll(page);
      (page.el.querySelector('[data-testid=download-csv]') as HTMLButtonElement).click();
      expect(downloads).toEqual(['kem-index-default-2026-11-22-to-2026-11-24-day.csv']);
      const lines = (await text(blobs[0])).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines).toEqual([
        'date,index,band,lower_5pct,upper_95pct,CPC pipeline disruptions (points),"Trade, dependence on Russia (points)",CSTO / Russian military activity (points)',
        '2026-11-22,40.00,Elevated,35.88,45.00,30.00,,10.00',
        '2026-11-23,46.75,Elevated,42.63,51.75,31.50,5.00,10.25',
        '2026-11-24,47.26,Elevated,43.14,52.26,32.00,5.26,10.00',
        '',
      ]);
    });
  });

  it('keeps the first series on screen while a new range loads', async () => {
    const page = await open();
    await flushAll(page);
    (page.el.querySelector('mat-button-toggle[data-range="5y"] button') as HTMLButtonElement).click();
    await page.stable();
    expect(page.el.querySelector('kem-index-chart')).not.toBeNull();
    expect(page.el.querySelector('[data-testid=index-card] mat-progress-bar')).not.toBeNull();
    const series = page.one('/api/index/overview');
    expect(params(series)['interval']).toBe('week');
    series.flush(anOverview(aLatest(), aSeries([aPoint('2021-11-28', 1, 1)])));
    page.one('/api/events').flush(aPage([]));
    await page.stable();
    expect(page.el.querySelector('[data-testid=index-card] mat-progress-bar')).toBeNull();
  });

  it('shows each indicator’s score beside the total, with baseline, event part, points and freshness; stale flagged, unmonitored left out', async () => {
    const page = await open();
    await flushAll(page);
    const table = page.el.querySelector('[data-testid=indicator-scores]') as HTMLElement;
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-indicator'))).toEqual(['cpc_pipeline', 'csto_military', 'trade_russia']);
    const cells = (r: Element) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent?.trim());
    expect(cells(rows[0]).slice(0, 5)).toEqual(['72.4', 'High', '35.1', '37.3', '32.4']);
    expect(rows[1].getAttribute('data-state')).toBe('stale');
    expect(rows[1].textContent).toContain('Stale');
    expect(rows[1].textContent).toContain('no new evidence for 285 days');
    expect(cells(rows[2])[4]).toBe('left out');
    expect(rows[2].textContent).toContain('Unmonitored — left out');
    expect(rows[2].textContent).toContain('structural figure older than expected');
    expect(table.querySelector('tfoot')?.textContent).toContain('47.3');
  });

  it('shows no value and the reason when nothing is in the index — never 0', async () => {
    const page = await open();
    await flushAll(
      page,
      aLatest({ value: null, band: null, bandLabel: null, reason: 'Every indicator is unmonitored.', lower: null, upper: null }),
    );
    expect(page.el.querySelector('[data-testid=headline-value]')).toBeNull();
    expect(page.el.querySelector('[data-testid=headline-no-value]')?.textContent).toContain(
      'No index value today. Every indicator is unmonitored.',
    );
    expect(page.el.querySelector('[data-testid=headline]')?.textContent).not.toContain('0.0');
    expect(page.el.querySelector('[data-testid=indicator-scores] tbody tr')).not.toBeNull();
    expect(page.el.querySelector('[data-testid=indicator-scores] tfoot')).toBeNull();
    expect(page.el.textContent).toContain('No band today: the index has no value');
  });

  describe('company view', () => {
    const viewer = aUser({ id: 3, email: 'risk@example.com', displayName: null, role: 'viewer' });
    const footprints = aPage([
      { id: 7, name: 'Caspian Crude LLP' },
      { id: 9, name: 'Almaty Retail' },
    ] as FootprintView[]);
    const companyLatest = aLatest({
      value: 55.1,
      indicatorActions: [
        {
          indicatorKey: 'cpc_pipeline',
          score: 72.4,
          band: 'high',
          why: 'High score and your exposure ×2.4 (90 % of exports through CPC or Russian routes)',
          actions: [{ id: 'cpc_pipeline.impact', text: 'Line up alternative export capacity (BTC, rail to China).' }],
        },
      ],
    });
    const company = {
      footprintId: 7,
      footprintName: 'Caspian Crude LLP',
      countryValue: 47.3,
      countryBand: 'elevated',
      countryBandLabel: 'Elevated',
      difference: 7.8,
      reason: '7.8 points above the country index, mainly CPC pipeline disruptions (×2.4: 90 % of exports through CPC or Russian routes).',
    };

    it('switches to the company index of a footprint, with the reason it differs and actions ranked for it, kept in the URL', async () => {
      const page = await open('/', 60_000, viewer);
      await page.stable();
      page.one('/api/footprints').flush(footprints);
      await flushAll(page);
      const { el, stable, one, router } = page;
      (el.querySelector('[data-testid=view-company]') as HTMLButtonElement).click();
      await stable();
      expect(router.url).toBe('/?view=company&footprint=7');
      const overview = one('/api/footprints/7/overview');
      expect(params(overview)).toEqual({ from: '2025-11-25', interval: 'day' });
      overview.flush(anOverview(companyLatest, aSeries(), { company }));
      one('/api/footprints/7/explain').flush(anExplanation());
      await stable();
      expect(el.querySelector('[data-testid=headline-value]')?.textContent?.trim()).toBe('55.1');
      expect(el.querySelector('[data-testid=company-name]')?.textContent).toBe('Caspian Crude LLP');
      expect(el.querySelector('[data-testid=country-value]')?.textContent).toBe('47.3');
      expect(el.querySelector('[data-testid=company-reason]')?.textContent).toContain('7.8 points above the country index');
      expect(el.querySelector('[data-testid=action-why]')?.textContent).toContain('90 % of exports through CPC or Russian routes');
      expect(el.querySelector('[data-testid=view-company]')?.getAttribute('aria-pressed')).toBe('true');

      const select = el.querySelector('[data-testid=footprint-select]') as HTMLSelectElement;
      select.value = '9';
      select.dispatchEvent(new Event('change'));
      await stable();
      expect(router.url).toBe('/?view=company&footprint=9');
      one('/api/footprints/9/overview').flush(anOverview(companyLatest, aSeries(), { company: { ...company, footprintId: 9 } }));
      one('/api/footprints/9/explain').flush(anExplanation());
      await stable();

      (el.querySelector('[data-testid=view-switch] button') as HTMLButtonElement).click();
      await stable();
      expect(router.url).toBe('/');
      one('/api/index/overview').flush(anOverview());
      one('/api/index/explain').flush(anExplanation());
      await stable();
      expect(el.querySelector('[data-testid=company-reason]')).toBeNull();
    });

    it('opens the company view from the URL once the sign-in check and the footprints have answered', async () => {
      const page = await open('/?view=company&footprint=9', 60_000, viewer);
      page.one('/api/profiles').flush(PROFILES);
      page.one('/api/indicators').flush(INDICATORS);
      page.one('/api/events').flush(aPage([]));
      await page.stable();
      page.http.expectNone((r) => r.url.includes('overview'));
      page.one('/api/footprints').flush(footprints);
      await page.stable();
      page.one('/api/footprints/9/overview').flush(anOverview(companyLatest, aSeries(), { company }));
      await page.stable();
      page.one('/api/footprints/9/explain').flush(anExplanation());
      await page.stable();
      expect(page.el.querySelector('[data-testid=company-view]')).not.toBeNull();
    });

    it('shows anonymous visitors the country index only, and says the company view needs signing in', async () => {
      const page = await open('/?view=company');
      await page.stable();
      await flushAll(page);
      page.http.expectNone((r) => r.url.startsWith('/api/footprints'));
      expect(page.el.querySelector('[data-testid=view-company]')).toBeNull();
      const hint = page.el.querySelector('[data-testid=company-sign-in]') as HTMLElement;
      expect(hint.textContent).toContain('sign in');
      expect(hint.querySelector('a')?.getAttribute('href')).toBe('/login?returnUrl=%2F%3Fview%3Dcompany');
      expect(page.el.querySelector('[data-testid=headline-value]')?.textContent?.trim()).toBe('47.3');
    });
  });
});
