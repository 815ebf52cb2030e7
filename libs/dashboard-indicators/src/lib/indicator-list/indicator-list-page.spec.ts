import { IndicatorView } from '@kem/contracts';
import { CPC, renderPage, TRADE } from '@kem/dashboard-core/testing';
import { IndicatorListPage } from './indicator-list-page';

// CPC is listed second but weighs three times as much: 30 of 40.
const indicators: IndicatorView[] = [
  { ...TRADE, defaultWeight: 10 },
  { ...CPC, defaultWeight: 30 },
];

describe('IndicatorListPage', () => {
  const render = () => renderPage(IndicatorListPage);

  it('lists indicators heaviest first with their share of the index and method in words', async () => {
    const { fixture, http, el } = await render();
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    http.expectOne('/api/indicators').flush(indicators);
    await fixture.whenStable();
    const cards = Array.from(el.querySelectorAll('.indicator'));
    expect(cards.map((c) => c.getAttribute('data-key'))).toEqual(['cpc_pipeline', 'trade_russia']);
    expect(cards[0].textContent).toContain('75% of the index');
    expect(cards[0].textContent).toContain('halving every 60 days');
    expect(cards[1].textContent).toContain('scored 0 at 10% and 100 at 40%');
    expect(cards[0].querySelector('h2 a')?.getAttribute('href')).toBe('/indicators/cpc_pipeline');
  });

  it('shows each indicator’s score today and how fresh its evidence is', async () => {
    const { fixture, http, el } = await render();
    http.expectOne('/api/indicators').flush(indicators);
    const fresh = (key: string, state: string, days: number) => ({ indicatorKey: key, state, daysSinceEvidence: days });
    http.expectOne('/api/index/latest').flush({
      scores: [{ indicatorKey: 'cpc_pipeline', score: 69.94, baseline: 35.1, contribution: 28, band: 'high', state: 'stale' }],
      freshness: { indicators: [fresh('cpc_pipeline', 'stale', 312), fresh('trade_russia', 'unmonitored', 561)] },
    });
    await fixture.whenStable();
    const cpc = el.querySelector('.indicator[data-key=cpc_pipeline] [data-testid=freshness]')?.textContent?.replace(/\s+/g, ' ');
    expect(cpc).toContain('Score today 69.9');
    expect(cpc).toContain('Stale');
    expect(cpc).toContain('no new evidence for 312 days');
    expect(el.querySelector('.indicator[data-key=trade_russia] [data-freshness=unmonitored]')).not.toBeNull();
  });

  it('shows the error and retries on request', async () => {
    const { fixture, http, el } = await render();
    http.expectOne('/api/indicators').flush({ message: 'Database unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Database unavailable');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne('/api/indicators').flush([]);
    await fixture.whenStable();
    expect(el.textContent).toContain('No indicators are defined yet');
  });
});
