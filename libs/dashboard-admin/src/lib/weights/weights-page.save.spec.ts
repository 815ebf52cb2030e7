import { advance, refuse, useFakeTimers } from '@kem/dashboard-core/testing';
import { aBuild, aVersion, PROFILES } from '../../testing/admin-fixtures';
import {
  buildRequest,
  noteField,
  openLoadedWeightsPage,
  openWeightsPage,
  POLL_MS,
  row,
  saveButton,
  slider,
  type,
} from '../../testing/weights-page-harness';

describe('WeightsPage: saving a version', () => {
  beforeEach(() => useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not save without a note', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    type(slider(el, 'cpc_pipeline'), '40');
    await stable();
    saveButton(el).click();
    await stable();
    http.expectNone({ method: 'POST' });
    expect(el.querySelector('mat-error')?.textContent).toContain('Say why the weights change');
  });

  it('posts weights, method and note, and shows the server’s field errors beside the right indicator', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    type(slider(el, 'cpc_pipeline'), '0');
    (
      Array.from(el.querySelectorAll('mat-button-toggle button')).find((b) => b.textContent?.includes('Geometric')) as HTMLButtonElement
    ).click();
    type(noteField(el), '  CPC no longer matters  ');
    await stable();
    saveButton(el).click();
    await stable();
    const req = http.expectOne({ method: 'POST', url: '/api/profiles/1/versions' });
    expect(req.request.body).toEqual({
      weights: { cpc_pipeline: 0, trade_russia: 30, foreign_agent: 20 },
      method: 'geometric',
      peakChannel: 0,
      note: 'CPC no longer matters',
    });
    refuse(req, 400, 'weights.trade_russia: no such indicator', [{ field: 'weights.trade_russia', message: 'no such indicator' }]);
    await stable();
    expect(row(el, 'trade_russia').querySelector('[data-testid=weight-error]')?.textContent).toBe('No such indicator');
    expect(row(el, 'cpc_pipeline').querySelector('[data-testid=weight-error]')).toBeNull();
    expect(slider(el, 'trade_russia').getAttribute('aria-describedby')).toBe('w-err-trade_russia');
    expect(el.querySelector('[data-testid=save-error]')?.textContent).toContain('did not accept some fields');
  });

  it('after saving, shows the rebuild’s progress and stops asking once the new version is served', async () => {
    const { http, el, stable } = await openLoadedWeightsPage();
    type(slider(el, 'foreign_agent'), '40');
    type(noteField(el), 'Law adopted');
    await stable();
    saveButton(el).click();
    await stable();
    http
      .expectOne({ method: 'POST', url: '/api/profiles/1/versions' })
      .flush(aVersion({ id: 12, number: 3, weights: { cpc_pipeline: 50, trade_russia: 30, foreign_agent: 40 }, note: 'Law adopted' }));
    await stable();
    expect(el.querySelector('[data-testid=version-info]')?.textContent).toContain('Version 3');
    expect(el.querySelector('[role=status]')?.textContent).toContain('Saved as version 3');
    expect(noteField(el).value).toBe('');
    expect(el.querySelector('mat-error')).toBeNull();

    buildRequest(http).flush(aBuild({ versionId: 12, versionNumber: 3, status: 'building', progress: 0.4, served: false }));
    await stable();
    const progress = el.querySelector('[data-testid=build-progress]');
    expect(progress?.textContent).toContain('Rebuilding the index history for version 3… 40 %');
    expect(progress?.textContent).toContain('The dashboard shows version 2 until this is complete');
    expect(progress?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');

    await advance(POLL_MS * 3);
    buildRequest(http).flush(aBuild({ versionId: 12, versionNumber: 3, status: 'ready', progress: 1, served: true }));
    await stable();
    expect(el.querySelector('[data-testid=build-done]')?.textContent).toContain('Version 3 is now live on the dashboard');
    http.expectOne((r) => r.url === '/api/profiles').flush(PROFILES);
    await advance(POLL_MS * 4);
    http.expectNone('/api/profiles/1/build');
    expect(el.querySelector('[data-testid=build-progress]')).toBeNull();
  });

  it('shows a rebuild already under way when the page opens', async () => {
    const { http, el, stable } = await openWeightsPage();
    http.expectOne('/api/profiles/1/versions').flush([aVersion({ number: 3 }), aVersion()]);
    await stable();
    buildRequest(http).flush(aBuild({ versionNumber: 3, status: 'pending', progress: 0, served: false }));
    await stable();
    expect(el.querySelector('[data-testid=build-progress]')?.textContent).toContain('version 3… 0 %');
    await advance(POLL_MS * 2);
    buildRequest(http).flush(aBuild({ versionNumber: 3, status: 'failed', error: 'disk full', served: false }));
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('failed: disk full');
    await advance(POLL_MS * 3);
    http.expectNone('/api/profiles/1/build');
  });
});
