import { BrowserContext, Page } from 'playwright-core';
import { seriousAccessibilityViolationsOn } from '../support/axe';
import { join } from 'node:path';
import { ARTIFACTS, screenshot } from '../support/browser';
import { BROWSER_ADMIN, signInWithForm, useDashboard } from '../support/dashboard';
import { sessionToken } from '../support/session';

/**
 * Methodology version 2 in a real browser on a fresh install: the overview flags stale indicators,
 * the methodology page lists every coefficient and the validation figures, evidence health shows a
 * stale indicator that "Reviewed — no change" makes fresh, and a broken observations CSV is refused
 * line by line with nothing stored.
 */
describe('methodology v2 and evidence health in Chromium', () => {
  const dashboard = useDashboard();
  let context: BrowserContext;
  let page: Page;
  let token: string;

  const api = async (path: string) => {
    const response = await fetch(`${dashboard.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    token = await sessionToken(dashboard.server, BROWSER_ADMIN);
    context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN);
  });

  it('flags stale indicators on the overview, with coverage and each score beside the total', async () => {
    const latest = await api('/api/index/latest');
    const stale: string[] = latest.freshness.stale;
    const unmonitored: string[] = latest.freshness.unmonitored;
    // Nobody has entered evidence since the curated history ends: a fresh install is not all fresh.
    expect(stale.length + unmonitored.length).toBeGreaterThan(0);
    await page.goto(dashboard.server.url);
    await page.getByTestId('indicator-scores').waitFor();
    const coverage = (await page.getByTestId('headline-coverage').textContent()) ?? '';
    expect(coverage).toContain(`${latest.freshness.coverage.covered} of ${latest.freshness.coverage.total} indicators`);
    for (const key of stale) {
      expect(await page.locator(`[data-testid=headline-staleness] a[data-stale="${key}"]`).count()).toBe(1);
      expect(await page.locator(`[data-testid=indicator-scores] tr[data-indicator="${key}"]`).getAttribute('data-state')).toBe('stale');
    }
    for (const key of unmonitored) {
      expect(await page.locator(`[data-testid=indicator-scores] tr[data-indicator="${key}"] td`).nth(4).textContent()).toContain(
        'left out',
      );
    }
    const rows = await page.locator('[data-testid=indicator-scores] tbody tr').count();
    expect(rows).toBe(latest.scores.length);
    if (latest.value === null) {
      expect(await page.getByTestId('headline-no-value').textContent()).toContain(latest.reason);
    } else {
      expect(await page.getByTestId('headline-value').textContent()).toBe(latest.value.toFixed(1));
    }
    await page.getByTestId('change-parts').waitFor();
    expect(await page.locator('[data-testid=change-parts] tr[data-part=fading]').textContent()).toContain('not a fall in risk');
    await screenshot(page, 'v2-overview-freshness');
  });

  it('lists every coefficient and the validation figures on the methodology page, with both methods charted', async () => {
    const methodology = await api('/api/methodology');
    await page.goto(`${dashboard.server.url}/methodology`);
    await page.getByTestId('coefficients').waitFor();
    expect(await page.locator('[data-testid=coefficient]').count()).toBe(methodology.coefficients.length);
    const yearly = methodology.validation?.yearly ?? [];
    expect(yearly.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=yearly] tbody tr').count()).toBe(yearly.length);
    const v2 = methodology.validation.backtest.summary.v2;
    const backtest = (await page.locator('[data-testid=backtest] tbody tr').nth(1).textContent()) ?? '';
    expect(backtest).toContain(`${Math.round(v2.hitRate * 100)} %`);
    expect(backtest).toContain(`${Math.round(v2.falseAlarmRate * 100)} %`);
    expect(await page.getByTestId('external').textContent()).toContain(methodology.validation.external.directionAgreement.v2);
    expect(await page.locator('[data-testid=sensitivity] tbody tr').count()).toBeGreaterThan(0);
    await page.locator('canvas[data-chart="method-comparison"]').waitFor();
    expect(await page.locator('canvas[data-chart="method-comparison"]').getAttribute('aria-label')).toMatch(
      /Version 1 .*, \d+ months; Version 2 .*, \d+ months/,
    );
    await screenshot(page, 'v2-methodology');
    await page.locator('canvas[data-chart="method-comparison"][data-rendered="true"]').waitFor();
    await page.getByTestId('validation').screenshot({ path: join(ARTIFACTS, 'v2-methodology-validation.png') });
    await page.getByTestId('comparison').screenshot({ path: join(ARTIFACTS, 'v2-methodology-comparison.png') });
  });

  it('shows a stale indicator on evidence health, and "Reviewed — no change" makes it fresh', async () => {
    const health = await api('/api/evidence-health');
    const stale = health.indicators.find((i: { freshness: { state: string } }) => i.freshness.state === 'stale');
    expect(stale).toBeDefined();
    await page.goto(`${dashboard.server.url}/evidence/health`);
    const card = page.locator(`[data-indicator="${stale.indicatorKey}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('stale');
    expect(await card.locator('[data-freshness=stale]').count()).toBe(1);
    for (const connector of health.connectors) expect(await page.locator(`[data-connector="${connector.key}"]`).count()).toBe(1);
    await screenshot(page, 'v2-evidence-health-stale');

    await card.getByTestId('review').click();
    await card.getByTestId('review-note').fill('Checked the outlets on the source list: nothing new');
    await card.getByTestId('record-review').click();
    await page.waitForFunction(
      (key) => document.querySelector(`[data-indicator="${key}"]`)?.getAttribute('data-state') === 'fresh',
      stale.indicatorKey,
    );
    expect(await page.getByTestId('notice').textContent()).toContain('reviewed on');
    expect(await card.getByTestId('last-review').textContent()).toContain('Checked the outlets on the source list: nothing new');
    const after = await api('/api/evidence-health');
    expect(after.indicators.find((i: { indicatorKey: string }) => i.indicatorKey === stale.indicatorKey).freshness.state).toBe('fresh');
    await screenshot(page, 'v2-evidence-health-reviewed');
  });

  it('refuses an observations CSV with a broken line, numbering the line, and stores nothing', async () => {
    const before = await api('/api/observations?indicator=civil_liberties&pageSize=200');
    await page.goto(`${dashboard.server.url}/evidence/observations/import`);
    const csv = [
      'indicator,series,date,period,value,unit,source_name,source_url,confidence,vintage',
      'civil_liberties,fh_civil_liberties,2026-12-31,2026,15,score,Freedom House,https://freedomhouse.org/country/kazakhstan/freedom-world/2026,high,2026-02-26',
      'civil_liberties,rsf_press_freedom,2026-12-31,2026,140,%,RSF,https://rsf.org/en/country/kazakhstan,high,2026-05-02',
    ].join('\n');
    await page.getByTestId('file').setInputFiles({ name: 'vintages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('check').click();
    const problems = page.getByTestId('problems');
    await problems.waitFor();
    const cells = await problems.locator('tr[mat-row]').first().locator('td').allTextContents();
    expect(cells[0].trim()).toBe('3');
    expect(await page.locator('kem-import-problems [role=alert]').textContent()).toBeTruthy();
    expect(await page.getByTestId('import').isDisabled()).toBe(true);
    const after = await api('/api/observations?indicator=civil_liberties&pageSize=200');
    expect(after.total).toBe(before.total);
    await screenshot(page, 'v2-observation-import-problems');
  });

  it.each(['/', '/methodology', '/evidence/health', '/evidence/observations/import', '/indicators/cpc_pipeline', '/events/new'])(
    'has no serious or critical accessibility violations on %s',
    async (path) => expect(await seriousAccessibilityViolationsOn(page, `${dashboard.server.url}${path}`)).toEqual([]),
  );
});
