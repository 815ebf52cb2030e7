import { renderRoute } from '@kem/dashboard-core/testing';
import { aBuild, aVersion, INDICATORS, PROFILES, SCORES } from '../../testing/admin-fixtures';
import {
  noteField,
  numberField,
  openLoadedWeightsPage,
  openWeightsPage,
  previewData,
  row,
  saveButton,
  shares,
  slider,
  type,
} from '../../testing/weights-page-harness';
import { WeightsPage } from './weights-page';

describe('WeightsPage: editing and the live preview', () => {
  it('shows one slider and number per indicator, labelled, with the saved version and its shares', async () => {
    const { el } = await openLoadedWeightsPage();
    expect(el.querySelector('[data-testid=version-info]')?.textContent).toContain('Version 2');
    expect(el.querySelector('[data-testid=version-info]')?.textContent).toContain('admin@example.com');
    const range = slider(el, 'cpc_pipeline');
    expect(range.value).toBe('50');
    expect(el.querySelector(`#${range.getAttribute('aria-labelledby')}`)?.textContent).toBe('CPC pipeline disruptions');
    expect(range.getAttribute('aria-valuetext')).toBe('50, 50.0 % of the index');
    expect(numberField(el, 'cpc_pipeline').getAttribute('aria-label')).toBe('Weight of CPC pipeline disruptions');
    expect(shares(el)).toEqual(['50.0 %', '30.0 %', '20.0 %']);
    expect((el.querySelector('[data-testid=save]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('previews the index in the browser as a slider moves, without any request', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    // Day 4 under 50/30/20: (50·40 + 30·50 + 20·80)/100 = 51.
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('preview 51.0');
    const before = previewData(el);
    expect(before[0]).toEqual(before[1]);

    type(slider(el, 'cpc_pipeline'), '0');
    await stable();
    http.verify();

    // Without CPC: day 1 only trade (50), then (30·50 + 20·80)/50 = 62; the saved line stays.
    const after = previewData(el);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual([50, 62, 62, 62]);
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('preview 62.0');
    expect(numberField(el, 'cpc_pipeline').value).toBe('0');
    expect(el.querySelector('[data-testid=preview-timing]')?.textContent).toMatch(/Preview updated in \d+\.\d ms/);
    expect(row(el, 'cpc_pipeline').classList).toContain('changed');
  });

  it('lifts the preview by λ of the gap to the highest score, and saves λ with the weights', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    const lambda = el.querySelector('[data-testid=peak-channel]') as HTMLInputElement;
    expect(lambda.value).toBe('0');
    type(lambda, '0.5');
    await stable();
    // Day 4: mean 51 (as above), highest score 80 (foreign agent) → 51 + 0.5·(80 − 51) = 65.5.
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('preview 65.5');
    type(lambda, '1.5');
    await stable();
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('Fix the highlighted weights to update the preview');
    type(lambda, '0.5');
    type(noteField(el), 'The worst channel counts more');
    await stable();
    saveButton(el).click();
    await stable();
    expect(http.expectOne({ method: 'POST', url: '/api/profiles/1/versions' }).request.body).toMatchObject({ peakChannel: 0.5 });
  });

  it('clears the preview line when every weight is 0, keeping the saved one', async () => {
    const { el, stable } = await openLoadedWeightsPage();
    expect(previewData(el)).toHaveLength(2);
    for (const key of ['cpc_pipeline', 'trade_russia', 'foreign_agent']) {
      type(slider(el, key), '0');
      await stable();
    }
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('At least one indicator needs a weight above 0');
    expect(previewData(el)).toHaveLength(1);
  });

  it('keeps slider and number in step, with shares that always sum to 100 %', async () => {
    const { el, stable } = await openLoadedWeightsPage();
    type(numberField(el, 'trade_russia'), '33');
    await stable();
    expect(slider(el, 'trade_russia').value).toBe('33');
    // 50/33/20 of 103 → 48.5 + 32.0 + 19.4 = 99.9 before rounding by largest remainder.
    expect(shares(el)).toEqual(['48.6 %', '32.0 %', '19.4 %']);
    expect(el.querySelector('[data-testid=share-total]')?.textContent).toContain('Total 100.0 %');
    expect(slider(el, 'trade_russia').getAttribute('aria-valuetext')).toBe('33, 32.0 % of the index');
  });

  it('shows no shares for an out-of-range weight, keeps the last preview, and on save moves the focus to the field', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    type(numberField(el, 'trade_russia'), '150');
    await stable();
    expect(shares(el)).toEqual(['–', '–', '–']);
    expect(el.querySelector('[data-testid=share-total]')?.textContent).toContain(
      'Shares appear once every weight is a number from 0 to 100',
    );
    expect(el.querySelector('[data-testid=preview-summary]')?.textContent).toContain('Fix the highlighted weights to update the preview');
    expect(row(el, 'trade_russia').querySelector('[data-testid=weight-error]')?.textContent).toBe('A weight is from 0 to 100');
    type(noteField(el), 'Trade first');
    await stable();
    saveButton(el).click();
    await stable();
    http.expectNone({ method: 'POST' });
    expect(document.activeElement).toBe(numberField(el, 'trade_russia'));
  });

  it('opens the profile named in the address and resets edits to the saved weights', async () => {
    const { http, el, stable } = await openWeightsPage('/admin/weights?profile=energy-exporter');
    http
      .expectOne('/api/profiles/2/versions')
      .flush([aVersion({ id: 21, number: 1, weights: { cpc_pipeline: 70, trade_russia: 20, foreign_agent: 10 } })]);
    await stable();
    http.expectOne('/api/profiles/2/build').flush(aBuild({ versionNumber: 1 }));
    await stable();
    expect(slider(el, 'cpc_pipeline').value).toBe('70');
    type(numberField(el, 'cpc_pipeline'), '10');
    await stable();
    expect(shares(el)[0]).toBe('25.0 %');
    (Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Reset to saved')) as HTMLButtonElement).click();
    await stable();
    expect(numberField(el, 'cpc_pipeline').value).toBe('70');
    expect(shares(el)).toEqual(['70.0 %', '20.0 %', '10.0 %']);
  });

  it('says when loading fails, and tries again', async () => {
    const { http, el, stable } = await renderRoute('/admin/weights', [{ path: 'admin/weights', component: WeightsPage }]);
    http.expectOne((r) => r.url === '/api/profiles').flush({ message: 'Database unavailable' }, { status: 503, statusText: 'Unavailable' });
    expect(http.expectOne('/api/indicators').cancelled).toBe(true);
    http.expectOne((r) => r.url === '/api/index/scores').flush(SCORES);
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Database unavailable');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    http.expectOne((r) => r.url === '/api/profiles').flush(PROFILES);
    http.expectOne('/api/indicators').flush(INDICATORS);
    await stable();
    http.expectOne('/api/profiles/1/versions').flush([aVersion()]);
    await stable();
    expect(el.querySelector('[data-testid=version-info]')).not.toBeNull();
  });
});
