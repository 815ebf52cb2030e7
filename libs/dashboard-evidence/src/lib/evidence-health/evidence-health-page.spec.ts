import { EvidenceHealthView, IndicatorReviewView } from '@kem/contracts';
import { EvidenceHealthPage } from './evidence-health-page';
import { aFreshness, renderPage } from '@kem/dashboard-core/testing';

const HEALTH: EvidenceHealthView = {
  date: '2026-12-03',
  indicators: [
    {
      indicatorKey: 'trade_russia',
      name: 'Trade dependence on Russia',
      freshness: aFreshness({ indicatorKey: 'trade_russia', state: 'fresh', daysSinceTouch: 12, staleVintage: false }),
      lastEvent: null,
      lastReview: null,
      curatedThrough: '2026-05-28',
      series: ['russia_import_share'],
      action: null,
    },
    {
      indicatorKey: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      freshness: aFreshness(),
      lastEvent: { id: 61, date: '2026-01-25', title: 'CPC resumes loading at SPM-1', recordedAt: '2026-01-26', lifecycle: 'ended' },
      lastReview: null,
      curatedThrough: '2026-01-25',
      series: ['cpc_share_crude_exports'],
      action: 'Stale for 162 days: review or add evidence',
    },
  ],
  series: [
    {
      series: 'cpc_share_crude_exports',
      label: 'CPC share of crude exports',
      indicatorKeys: ['cpc_pipeline'],
      latestPeriod: '2023',
      latestValue: 80,
      unit: '%',
      vintage: '2024-04-01',
      sourceName: 'CPC annual report',
      expectedVintageMonths: 18,
      ageMonths: 35,
      stale: true,
    },
  ],
  connectors: [
    {
      key: 'worldbank',
      name: 'World Bank',
      state: 'failing',
      lastSuccess: null,
      lastFailure: { at: '2026-12-03T03:00:02.000Z', runId: 9, error: 'api.worldbank.org could not be reached (DNS lookup failed)' },
      failuresLast7Days: 7,
    },
  ],
  failedSyncsLast7Days: 7,
  coverage: { covered: 2, total: 2, share: 1, inComposite: ['cpc_pipeline', 'trade_russia'], leftOut: [] },
};

describe('EvidenceHealthPage', () => {
  async function open() {
    const page = await renderPage(EvidenceHealthPage);
    page.http.expectOne('/api/evidence-health').flush(HEALTH);
    await page.stable();
    return page;
  }

  it('lists stale indicators first with what to do, their last event and review, the series vintages and connector errors in words', async () => {
    const { el } = await open();
    const cards = Array.from(el.querySelectorAll('[data-indicator]'));
    expect(cards.map((c) => c.getAttribute('data-indicator'))).toEqual(['cpc_pipeline', 'trade_russia']);
    const cpc = cards[0] as HTMLElement;
    expect(cpc.querySelector('[data-freshness=stale]')).not.toBeNull();
    expect(cpc.querySelector('[data-testid=action]')?.textContent).toContain('Stale for 162 days');
    expect(cpc.textContent).toContain('CPC resumes loading at SPM-1');
    expect(cpc.querySelector('[data-lifecycle=ended]')).not.toBeNull();
    expect(cpc.querySelector('[data-testid=last-review]')?.textContent).toContain('curated history through 25 Jan 2026');
    expect(cpc.textContent).toContain('a figure is older than expected');
    expect(el.querySelector('[data-testid=summary]')?.textContent).toContain('1 needs a look');
    expect(el.querySelector('[data-testid=summary]')?.textContent).toContain('7 failed connector runs in the last 7 days');
    expect(el.querySelector('[data-series=cpc_share_crude_exports]')?.textContent).toContain('Older than expected: import a new vintage');
    const connector = el.querySelector('[data-connector=worldbank]') as HTMLElement;
    expect(connector.textContent).toContain('Failing');
    expect(connector.querySelector('[data-testid=connector-error]')?.textContent).toBe(
      'api.worldbank.org could not be reached (DNS lookup failed)',
    );
  });

  it('records "Reviewed — no change" with an optional note, and the indicator turns fresh', async () => {
    const { el, http, stable } = await open();
    const cpc = () => el.querySelector('[data-indicator=cpc_pipeline]') as HTMLElement;
    (cpc().querySelector('[data-testid=review]') as HTMLButtonElement).click();
    await stable();
    const note = cpc().querySelector('[data-testid=review-note]') as HTMLInputElement;
    note.value = '  Checked CPC and Interfax: nothing new ';
    note.dispatchEvent(new Event('input'));
    (cpc().querySelector('[data-testid=record-review]') as HTMLButtonElement).click();
    await stable();
    const post = http.expectOne({ method: 'POST', url: '/api/indicators/cpc_pipeline/reviews' });
    expect(post.request.body).toEqual({ note: 'Checked CPC and Interfax: nothing new' });
    const answer: IndicatorReviewView = {
      id: 1,
      indicatorKey: 'cpc_pipeline',
      reviewedOn: '2026-12-03',
      note: 'Checked CPC and Interfax: nothing new',
      author: 'Analyst',
      recordedAt: '2026-12-03T10:00:00.000Z',
      freshness: aFreshness({ state: 'fresh', lastReview: '2026-12-03', lastReviewByAnalyst: true, daysSinceTouch: 0, spread: 0 }),
    };
    post.flush(answer, { status: 201, statusText: 'Created' });
    await stable();
    expect(cpc().getAttribute('data-state')).toBe('fresh');
    expect(cpc().querySelector('[data-testid=action]')).toBeNull();
    expect(cpc().querySelector('[data-testid=last-review]')?.textContent).toContain(
      '3 Dec 2026 by Analyst: Checked CPC and Interfax: nothing new',
    );
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain(
      'CPC pipeline disruptions reviewed on 3 Dec 2026, no change. It is fresh now.',
    );
  });

  it('says why a review was not recorded', async () => {
    const { el, http, stable } = await open();
    (el.querySelector('[data-indicator=cpc_pipeline] [data-testid=review]') as HTMLButtonElement).click();
    await stable();
    (el.querySelector('[data-testid=record-review]') as HTMLButtonElement).click();
    const post = http.expectOne({ method: 'POST', url: '/api/indicators/cpc_pipeline/reviews' });
    expect(post.request.body).toEqual({});
    post.flush({ statusCode: 403, message: 'Analysts only' }, { status: 403, statusText: 'Forbidden' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Not recorded: Analysts only');
  });
});
