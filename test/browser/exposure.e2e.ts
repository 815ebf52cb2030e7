import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { BROWSER_ADMIN, useDashboard } from '../support/dashboard';
import { browserContext, sessionToken } from '../support/session';

/**
 * The API's clock for this test: a day on which the curated evidence is current, so every channel is
 * monitored and the test does not depend on the day it runs (with no new reviews, channels leave the
 * composite months later and a company index can then only differ through the channels still watched).
 */
const NOW = '2026-02-15T09:00:00Z';

/**
 * Issue 13 in a real browser: the three questions of a risk manager, each answered without
 * publishing anything — our exposure today and why, a CPC stoppage of 8 weeks, and January 2022 as
 * known then. Screenshots are kept in test-artifacts/ (exposure-footprint, exposure-scenario-cpc,
 * exposure-replay-january-2022).
 */
describe('company exposure, scenarios and replay in Chromium', () => {
  const dashboard = useDashboard({ env: { KEM_NOW: NOW } });
  let page: Page;

  beforeEach(async () => {
    // The API's clock is NOW, the browser's is not: the session token goes to the browser as a session cookie.
    const { server, browser } = dashboard;
    const context = await browserContext(browser, server, await sessionToken(server, BROWSER_ADMIN));
    page = await context.newPage();
    await page.goto(dashboard.server.url);
    await page.getByTestId('signed-in-user').waitFor();
  });

  afterEach(async () => {
    await page.context().close();
  });

  it('fills a footprint and shows a company index that differs from the country index, with the reason', async () => {
    await page.getByRole('link', { name: 'Our exposure' }).click();
    const form = page.getByTestId('footprint-form');
    await form.getByLabel('Name').fill('Caspian Crude LLP');
    await form.getByLabel('Revenue earned in Kazakhstan, %').fill('30');
    await form.getByLabel('Exports through CPC or Russian routes, %').fill('90');
    await form.getByLabel('Staff in Kazakhstan').fill('20');
    await form.getByLabel('Sites in Kazakhstan').fill('1');
    await form.locator('[data-region="atyrau"]').check();
    await page.getByTestId('footprint-save').click();

    const reason = page.getByTestId('exposure-reason');
    await reason.waitFor();
    await screenshot(page, 'exposure-footprint');
    const company = Number(await page.getByTestId('company-value').textContent());
    const country = Number(await page.getByTestId('country-value').textContent());
    expect(Math.abs(company - country)).toBeGreaterThanOrEqual(0.5);
    const text = (await reason.textContent()) ?? '';
    expect(text).toMatch(/points (above|below) the country index/);
    expect(text).toContain('CPC pipeline disruptions');
    expect(text).toContain('90 % of exports through CPC or Russian routes');
    await page.waitForSelector('canvas[data-chart="company-index"][data-rendered="true"]');
    expect(await page.getByTestId('company-actions').locator('li').count()).toBeGreaterThan(0);
    await screenshot(page, 'exposure-footprint');
  });

  it('runs the CPC preset: the projected path rises above the baseline and /api/index/latest stays unchanged', async () => {
    const latest = async () => (await (await fetch(`${dashboard.server.url}/api/index/latest`)).json()) as unknown;
    const before = await latest();
    await page.getByRole('link', { name: 'Scenarios' }).click();
    const projected = page.waitForResponse((r) => r.url().endsWith('/api/scenarios/project') && r.status() === 200);
    await page.locator('[data-preset="cpc-stoppage-8w"]').click();
    const projection = (await (await projected).json()) as {
      country: { baseline: (number | null)[]; scenario: (number | null)[]; maxDifference: number };
      published: boolean;
    };
    expect(projection.published).toBe(false);
    expect(projection.country.maxDifference).toBeGreaterThan(1);
    const above = projection.country.scenario.some(
      (v, i) => v !== null && projection.country.baseline[i] !== null && v > (projection.country.baseline[i] as number) + 1,
    );
    expect(above).toBe(true);
    await page.waitForSelector('canvas[data-chart="projection"][data-rendered="true"]');
    await page.getByTestId('projection-summary').waitFor();
    expect(await page.getByTestId('projection-summary').textContent()).toMatch(/points above the baseline/);
    expect(await page.getByTestId('triggered-actions').locator('li').count()).toBeGreaterThan(0);
    await screenshot(page, 'exposure-scenario-cpc');
    expect(await latest()).toEqual(before);
  });

  it('replays January 2022 with what was known then', async () => {
    await page.getByRole('link', { name: 'Replay' }).click();
    await page.locator('[data-replay="jan-2022-csto"]').click();
    const result = page.getByTestId('replay-result');
    await result.waitFor();
    expect(await result.locator('h2').textContent()).toMatch(/^Kazakhstan exposure on 2022-01-07: /);
    await page.waitForSelector('canvas[data-chart="replay"][data-rendered="true"]');
    expect(await page.getByTestId('replay-digest').locator('li').count()).toBeGreaterThan(0);
    await screenshot(page, 'exposure-replay-january-2022');
  });
});
