import { IndicatorView, ProfileView } from '@kem/contracts';
import { eventPressureAt, goalpostScore, saturationScore, stageScore } from '@kem/scoring';
import { present, renderPage } from '@kem/dashboard-core/testing';
import { aSeries, INDICATORS, METHODOLOGY, PROFILES, profile } from '../../testing/methodology-fixtures';
import { METHODOLOGY_SECTIONS, MethodologyPage } from './methodology-page';

/** Whitespace collapsed, so assertions read like the rendered sentence. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table row's cells, one space apart. */
const cells = (row: Element | null | undefined) =>
  Array.from(row?.querySelectorAll('th, td') ?? [])
    .map(text)
    .join(' ');

describe('MethodologyPage', () => {
  async function render() {
    const { fixture, http, el } = await renderPage(MethodologyPage);
    const flush = async (indicators: IndicatorView[] = INDICATORS, profiles: ProfileView[] = PROFILES) => {
      http.expectOne('/api/indicators').flush(indicators);
      http.expectOne('/api/profiles').flush(profiles);
      for (const req of http.match('/api/methodology')) req.flush(METHODOLOGY);
      for (const req of http.match((r) => r.url === '/api/index')) {
        const method = Number(req.request.params.get('method'));
        req.flush(
          aSeries(
            method === 1
              ? [
                  ['2022-01-31', 30.1],
                  ['2022-02-28', null],
                ]
              : [
                  ['2022-01-31', 55.2],
                  ['2022-02-28', 51],
                ],
          ),
        );
      }
      await fixture.whenStable();
    };
    return { fixture, http, el, flush };
  }

  const indicatorSection = (el: HTMLElement, key: string) => el.querySelector(`kem-indicator-method[data-key="${key}"]`);

  it('shows a progress bar, then each indicator’s live parameters and formulas', async () => {
    const { el, flush } = await render();
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    await flush();
    expect(el.querySelector('mat-progress-bar')).toBeNull();

    const cpc = indicatorSection(el, 'cpc_pipeline');
    expect(text(cpc?.querySelector('h3'))).toBe('CPC pipeline disruptions');
    expect(text(cpc)).toContain('halves every 60 days');
    expect(text(cpc?.querySelector('[data-testid=formula]'))).toBe('x(t) = Σe p(σe) · 2−max(0, t − ende) / 60');
    expect(text(cpc)).toContain('s(t) = 100 · (1 − e−x(t) / 8)');
    expect(Array.from(cpc?.querySelectorAll('[data-testid=impacts] td') ?? []).map(text)).toEqual(['1', '2', '4', '8', '16']);
    expect(text(cpc?.querySelector('[data-testid=impacts] th[scope=col]'))).toBe('1 Minor');

    const fa = indicatorSection(el, 'foreign_agent');
    const stages = Array.from(fa?.querySelectorAll('[data-testid=stages] tbody tr') ?? []).map(cells);
    expect(stages).toEqual(['Proposed 25', 'Drafted 40', 'First reading 55', 'Adopted 70', 'Enforced 85', 'Withdrawn 10']);
    expect(text(fa)).toContain('halves every 180 days');

    const trade = indicatorSection(el, 'trade_russia');
    expect(text(trade)).toContain('russia_trade_share');
    expect(text(trade?.querySelector('[data-testid=formula]'))).toBe('u = clip((v − 10) / (40 − 10), 0, 1) · 100, s = u');
  });

  it('computes the worked examples with the scoring library’s own functions', async () => {
    const { el, flush } = await render();
    await flush();
    // one severity-4 event (p = 8), 60 days after it ended, h = 60, k = 8
    const x = eventPressureAt(-7, 0, 8, 60, 60);
    const example = el.querySelector('kem-indicator-method[data-key="cpc_pipeline"] [data-testid=worked-example]');
    const row60 = Array.from(example?.querySelectorAll('tbody tr') ?? []).find((r) => text(r).startsWith('60 days after it ended'));
    expect(text(row60)).toContain(`x = 8 · 2−60/60 = ${x.toFixed(2)}`);
    expect(text(row60)).toContain(`= ${saturationScore(x, 8).toFixed(1)}`);
    expect(text(row60)).toContain('Guarded');

    // the bill at first reading (L = 55) plus a severity-3 enforcement event 30 days ago
    const stage = text(el.querySelector('kem-indicator-method[data-key="foreign_agent"] [data-testid=worked-example]'));
    const xs = eventPressureAt(0, 0, 4, 180, 30);
    expect(stage).toContain('“First reading” (L = 55)');
    expect(stage).toContain(`= ${stageScore(55, xs, 10).toFixed(1)} (High)`);

    const metric = text(el.querySelector('kem-indicator-method[data-key="trade_russia"] [data-testid=worked-example]'));
    expect(metric).toContain(`An observation of 31%`);
    expect(metric).toContain(`s = ${goalpostScore(31, 10, 40).toFixed(1)} (High)`);
  });

  it('follows the data: other parameters give other words and numbers', async () => {
    const { el, flush } = await render();
    const slower: IndicatorView = {
      ...INDICATORS[0],
      method: { kind: 'event_pressure', halfLifeDays: 90, saturation: 12, impacts: [1, 3, 5, 7, 9] },
    };
    await flush([slower], PROFILES);
    const cpc = text(indicatorSection(el, 'cpc_pipeline'));
    expect(cpc).toContain('halves every 90 days');
    expect(cpc).not.toContain('every 60 days');
    expect(cpc).toContain('2−max(0, t − ende) / 90');
    expect(cpc).toContain(`x = 7 · 2−60/90 = ${eventPressureAt(0, 0, 7, 90, 60).toFixed(2)}`);
    expect(cpc).toContain(`= ${saturationScore(eventPressureAt(0, 0, 7, 90, 60), 12).toFixed(1)}`);
    // the impacts are no longer the shared doubling table of the rubric
    expect(text(el.querySelector('#severity')?.parentElement)).toContain('All of them use the same impacts: p = 1, 3, 5, 7, 9');
  });

  it('shows each profile’s weights as shares with its rationale and version, and switches profile', async () => {
    const { fixture, el, flush } = await render();
    await flush(INDICATORS, [profile('default', 'Default', { cpc_pipeline: 30, trade_russia: 70 }), PROFILES[1]]);

    const rows = () => Array.from(el.querySelectorAll('[data-testid=weights] tbody tr')).map(cells);
    expect(rows()).toEqual(['Trade dependence on Russia 70 70 %', 'CPC pipeline disruptions 30 30 %', 'Foreign-agent legislation 0 0 %']);
    expect(text(el.querySelector('[data-testid=profile]'))).toContain('Default. Why Default weighs like this.');
    expect(text(el.querySelector('[data-testid=profile]'))).toContain(
      'Version 3, saved 20 November 2026 by admin@example.com: “Calibrated on 2022”. Aggregation: weighted arithmetic mean.',
    );
    expect(cells(el.querySelector('[data-testid=weights] tfoot tr'))).toBe('Total 100 100 %');
    // re-normalisation without trade: CPC alone carries the index
    expect(text(el.querySelector('[data-testid=renormalisation]'))).toContain(
      'the share of CPC pipeline disruptions would rise from 30 % to 100 %',
    );

    const select = el.querySelector('[data-testid=profile-select]') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).toEqual(['Default', 'Energy exporter']);
    select.value = 'energy-exporter';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=profile]')?.getAttribute('data-slug')).toBe('energy-exporter');
    expect(rows()).toEqual(['CPC pipeline disruptions 70 70 %', 'Trade dependence on Russia 30 30 %', 'Foreign-agent legislation 0 0 %']);
    // the explanation and uncertainty examples follow the chosen profile
    // energy exporter: CPC 70, trade 30 → CPC +20 moves the index by 0.7·20 = 14; trade entering at 70: 40 → 0.7·40 + 0.3·70 = 49
    expect(text(el.querySelector('[data-testid=attribution-example]'))).toContain(
      'Example under the “Energy exporter” profile (arithmetic mean), with every indicator at 40: if CPC pipeline disruptions rises by 20 points, the index moves by +14.00, all of it the score effect of CPC pipeline disruptions (14.00). If instead Trade dependence on Russia gets its first score, 70, the index moves by +9.00: a coverage effect of +21.00 for Trade dependence on Russia and -12.00 for the others, whose shares shrink.',
    );
    expect(text(el.querySelector('[data-testid=weight-spread]'))).toContain(
      'the 70 % share of CPC pipeline disruptions varies by about ±4.6 points',
    );
  });

  it('explains the geometric mean of a geometric profile and a profile without an active version', async () => {
    const { fixture, el, flush } = await render();
    const geometric = profile('ngo', 'NGO & media', { cpc_pipeline: 1, foreign_agent: 3, trade_russia: 1 });
    geometric.activeVersion = { ...present(geometric.activeVersion), method: 'geometric' };
    await flush(INDICATORS, [geometric, profile('new', 'New', {}, { activeVersion: null })]);
    expect(text(el.querySelector('[data-testid=profile]'))).toContain('weighted geometric mean (ε = 1)');
    expect(cells(el.querySelector('[data-testid=weights] tbody tr'))).toBe('Foreign-agent legislation 3 60 %');

    const select = el.querySelector('[data-testid=profile-select]') as HTMLSelectElement;
    select.value = 'new';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el.textContent).toContain('The “New” profile has no active version yet.');
  });

  it('lists the bands with thresholds and actions, per-indicator actions and the severity rubric', async () => {
    const { el, flush } = await render();
    await flush();
    const bands = Array.from(el.querySelectorAll('[data-testid=bands] tbody tr'));
    expect(bands.map((r) => text(r.querySelector('th')) + ' ' + text(r.querySelector('.range')))).toEqual([
      'Low 0 ≤ I < 20',
      'Guarded 20 ≤ I < 40',
      'Elevated 40 ≤ I < 60',
      'High 60 ≤ I < 80',
      'Severe 80 ≤ I ≤ 100',
    ]);
    expect(text(bands[4])).toContain('Execute continuity plans');
    const actions = Array.from(el.querySelectorAll('[data-testid=indicator-actions] tbody tr')).map(cells);
    expect(actions.find((r) => r.startsWith('CPC pipeline disruptions High or above'))).toContain('alternative export routes');
    expect(actions.find((r) => r.startsWith('Foreign-agent legislation High or above'))).toContain(
      'Review exposure of foreign-funded partners',
    );
    const rubric = Array.from(el.querySelectorAll('[data-testid=rubric] tbody tr')).map(cells);
    expect(rubric).toHaveLength(5);
    expect(rubric[3]).toMatch(/^4 Major A national-level disruption .* 8$/);
  });

  it('has ordered headings, scoped table headers and a table of contents that reaches every section', async () => {
    const { el, flush } = await render();
    await flush();
    const levels = Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1));
    expect(Math.max(...levels)).toBe(3);
    for (const th of Array.from(el.querySelectorAll('th'))) expect(['col', 'row', 'colgroup']).toContain(th.getAttribute('scope'));

    const links = Array.from(el.querySelectorAll('nav[aria-label="On this page"] a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(METHODOLOGY_SECTIONS.map((s) => `/#${s.id}`));
    for (const section of METHODOLOGY_SECTIONS) expect(text(el.querySelector(`h2#${section.id}`))).toBe(section.title);
    (links.find((a) => a.getAttribute('href') === '/#bands') as HTMLAnchorElement).click();
    expect(document.activeElement?.id).toBe('bands');
  });

  it('says when nothing is defined yet', async () => {
    const { el, flush } = await render();
    await flush([], []);
    expect(el.textContent).toContain('No indicators are defined yet');
    expect(el.textContent).toContain('No weight profiles are defined yet');
    expect(el.querySelector('[data-testid=bands]')).not.toBeNull();
  });

  it('shows the error and loads both again on request', async () => {
    const { fixture, http, el, flush } = await render();
    http.expectOne('/api/indicators').flush({ message: 'Database unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    expect(http.expectOne('/api/profiles').cancelled).toBe(true);
    await fixture.whenStable();
    expect(text(el.querySelector('[role=alert]'))).toContain('The methodology could not be loaded: Database unavailable');
    expect(el.querySelector('#indicators')).toBeNull();

    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    await flush();
    expect(el.querySelector('[role=alert]')).toBeNull();
    expect(indicatorSection(el, 'cpc_pipeline')).not.toBeNull();
    http.verify();
  });

  it('lists every coefficient of the served method, the baselines, the review intervals and the validation figures', async () => {
    const { el, flush } = await render();
    await flush();
    const coefficients = el.querySelector('[data-testid=coefficients]') as HTMLElement;
    expect(text(coefficients)).toContain('All 4 coefficients of the served method');
    expect(Array.from(coefficients.querySelectorAll('tbody')).map((b) => b.getAttribute('data-group'))).toEqual([
      'weight',
      'saturation',
      'baseline',
      'composite',
    ]);
    const rows = Array.from(coefficients.querySelectorAll('[data-testid=coefficient]')).map(cells);
    expect(rows[1]).toBe('CPC pipeline disruptions method.saturation 22.5 pressure units fitted q95 rule');
    expect(rows[3]).toBe('whole index peakChannel 0.25 λ argued peak-channel term');
    expect(text(el.querySelector('[data-testid=saturation-rule]'))).toContain('quantile = 0.95, targetFraction = 0.5');

    const baseline = el.querySelector('[data-testid=baselines] article[data-key=cpc_pipeline]') as HTMLElement;
    expect(text(baseline)).toContain('Most crude leaves through CPC across Russia.');
    expect(text(baseline)).toContain('u = clip((v − 0) / (100 − 0), 0, 1) · 100');
    expect(text(baseline)).toContain('Where the data are thin: One annual series; thin before 2016.');
    expect(cells(el.querySelector('[data-testid=freshness] tr[data-key=cpc_pipeline]'))).toBe(
      'CPC pipeline disruptions 30 150 450 90 p75 of gaps between CPC news: 131 days, rounded up.',
    );

    expect(Array.from(el.querySelectorAll('[data-testid=yearly] tbody tr')).map(cells)).toEqual([
      '2014 7.9 36.5 30.7–44.2',
      '2022 30.1 55.2 44–66.1',
    ]);
    expect(Array.from(el.querySelectorAll('[data-testid=backtest] tbody tr')).map(cells)).toEqual([
      'Version 1 100 % 100 % 71 % 21 (15) 0',
      'Version 2 67 % 100 % 67 % 15 (10) 0',
    ]);
    expect(text(el.querySelector('[data-testid=external]'))).toContain('version 2 5/6');
    expect(text(el.querySelector('[data-testid=external]'))).toContain('version 2 -0.24');
    expect(Array.from(el.querySelectorAll('[data-testid=sensitivity] tbody tr')).map(cells)[0]).toBe(
      'Mean of the index, 2014 to today 77 % 10 % 7 % 5 % 0 %',
    );
    expect(text(el.querySelector('[data-testid=method-v2]'))).toContain('λ = 0.25');
  });

  it('draws the previous method beside version 2, leaving out months without a value', async () => {
    const { el, flush } = await render();
    await flush();
    const canvas = el.querySelector('[data-testid=comparison] canvas[data-chart=method-comparison]');
    expect(canvas?.getAttribute('aria-label')).toContain('Version 1 (previous method), 1 months; Version 2 (served), 2 months');
  });
});
