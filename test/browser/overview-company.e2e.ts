import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { BROWSER_ADMIN, useDashboard } from '../support/dashboard';
import { browserContext, sessionToken } from '../support/session';
import { CPC_EXPORTER } from '@kem/contracts/testing';

/** The API's clock: a day the curated evidence is current on, so every channel is monitored (as in exposure.e2e.ts). */
const NOW = '2026-02-15T09:00:00Z';
const INDEX_CHART = 'canvas[data-chart="index"][data-rendered="true"]';

/** Presses Tab until the element with this test id has the focus (keyboard only, as a user without a mouse would). */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
  }
  throw new Error(`Tab never reached [data-testid=${testId}]`);
}

/**
 * Issue 13 on the overview: a signed-in risk manager switches from the country index to their
 * company's, with the keyboard only, and sees the company index, why it differs, and the actions
 * ranked for their footprint; the choice is kept in the URL. Anonymous visitors see the country
 * index and are told the company view needs signing in. Screenshots: overview-company-view,
 * overview-company-anonymous.
 */
describe('overview: country and company view in Chromium', () => {
  const dashboard = useDashboard({ env: { KEM_NOW: NOW } });
  let token: string;
  let footprintId: number;

  beforeAll(async () => {
    token = await sessionToken(dashboard.server, BROWSER_ADMIN);
    const created = await fetch(`${dashboard.server.url}/api/footprints`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(CPC_EXPORTER),
    });
    footprintId = ((await created.json()) as { id: number }).id;
  });

  it('switches to the company index with the keyboard, and shows why it differs and what to do first', async () => {
    // The API's clock is NOW, the browser's is not: the session token is given to the browser as a session cookie.
    const context = await browserContext(dashboard.browser, dashboard.server, token);
    const page = await context.newPage();
    try {
      await page.goto(dashboard.server.url);
      await page.waitForSelector(INDEX_CHART);
      const country = Number(await page.getByTestId('headline-value').textContent());

      await tabTo(page, 'view-company');
      await page.keyboard.press('Enter');
      const reason = page.getByTestId('company-reason');
      await reason.waitFor();
      await page.waitForSelector(INDEX_CHART);
      expect(new URL(page.url()).search).toBe(`?view=company&footprint=${footprintId}`);
      expect(await page.getByTestId('company-name').textContent()).toBe('Caspian Crude LLP');
      const company = Number(await page.getByTestId('headline-value').textContent());
      expect(Number(await page.getByTestId('country-value').textContent())).toBeCloseTo(country, 1);
      expect(Math.abs(company - country)).toBeGreaterThanOrEqual(0.5);
      const why = (await reason.textContent()) ?? '';
      expect(why).toMatch(/points (above|below) the country index/);
      expect(why).toContain('CPC pipeline disruptions');
      // the checklist ranks the CPC channel first, saying why for this footprint
      const first = page.getByTestId('checklist').locator('h3[data-indicator]').first();
      expect(await first.getAttribute('data-indicator')).toBe('cpc_pipeline');
      expect(await page.getByTestId('action-why').first().textContent()).toMatch(/export/i);
      await screenshot(page, 'overview-company-view');

      // the view is in the URL: a reload (or a shared link) opens it again
      await page.reload();
      await page.getByTestId('company-reason').waitFor();
      expect(Number(await page.getByTestId('headline-value').textContent())).toBeCloseTo(company, 1);
    } finally {
      await context.close();
    }
  });

  it('shows anonymous visitors the country index only, with the switch saying to sign in', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${dashboard.server.url}/?view=company&footprint=${footprintId}`);
      await page.waitForSelector(INDEX_CHART);
      expect(await page.getByTestId('company-reason').count()).toBe(0);
      expect(await page.getByTestId('view-company').count()).toBe(0);
      expect(await page.getByTestId('company-sign-in').textContent()).toContain('sign in');
      await screenshot(page, 'overview-company-anonymous');
    } finally {
      await page.close();
    }
  });
});
