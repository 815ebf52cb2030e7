import { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { waitForIndex } from '../support/wait-for-index';

const ADMIN = { email: 'admin@example.com', password: 'browser-test-password' };

/**
 * Issue 13 in a real browser: the three questions of a risk manager, each answered without
 * publishing anything — our exposure today and why, a CPC stoppage of 8 weeks, and January 2022 as
 * known then. Screenshots are kept in test-artifacts/ (exposure-footprint, exposure-scenario-cpc,
 * exposure-replay-january-2022).
 */
describe('company exposure, scenarios and replay in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await waitForIndex(server.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
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
    const latest = async () => (await (await fetch(`${server.url}/api/index/latest`)).json()) as unknown;
    const before = await latest();
    await page.getByRole('link', { name: 'Scenarios' }).click();
    const projected = page.waitForResponse((r) => r.url().endsWith('/api/scenarios/project') && r.status() === 200);
    await page.locator('[data-preset="cpc-stoppage-8w"]').click();
    const projection = (await (await projected).json()) as { country: { baseline: (number | null)[]; scenario: (number | null)[]; maxDifference: number }; published: boolean };
    expect(projection.published).toBe(false);
    expect(projection.country.maxDifference).toBeGreaterThan(1);
    const above = projection.country.scenario.some((v, i) => v !== null && projection.country.baseline[i] !== null && v > (projection.country.baseline[i] as number) + 1);
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
