import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { BROWSER_ADMIN, useDashboard } from '../support/dashboard';
import { pressUntilFocused } from '../support/keyboard';
import { browserContext, sessionToken } from '../support/session';

/** A day on which the curated evidence is current, so every channel is monitored whatever day the test runs. */
const NOW = '2026-02-15T09:00:00Z';

/** Replaces the text of the focused field as a keyboard user does: select all, type. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Issue 15 item 8: the main tasks done with the keyboard alone (Tab, Enter, Space, arrow keys and
 * typing; no pointer): the overview's range, chart table and what-changed details; a weight moved,
 * previewed and saved; a company footprint filled and saved; a scenario preset run. Screenshots are
 * kept in test-artifacts/keyboard-*.png.
 */
describe('keyboard paths in Chromium', () => {
  const dashboard = useDashboard({ env: { KEM_NOW: NOW }, timeout: 90_000 });
  let token: string;
  let page: Page;

  beforeAll(async () => {
    token = await sessionToken(dashboard.server, BROWSER_ADMIN);
  });

  beforeEach(async () => {
    page = await (await browserContext(dashboard.browser, dashboard.server, token)).newPage();
  });

  afterEach(async () => {
    await page.context().close();
  });

  it('overview: picks a range, opens the chart as a table and expands what changed', async () => {
    await page.goto(dashboard.server.url);
    await page.waitForSelector('canvas[data-chart="index"][data-rendered="true"]');

    const range = page.locator('mat-button-toggle-group[aria-label="Range"]');
    await pressUntilFocused(page, range);
    const all = range.locator('[data-range="all"]');
    await pressUntilFocused(page, all, 'ArrowRight', 6);
    await page.keyboard.press('Space');
    await page.waitForURL(/range=all/);
    expect(await all.getAttribute('class')).toContain('mat-button-toggle-checked');

    await pressUntilFocused(page, page.locator('kem-index-chart summary'));
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: /Index values/ }).waitFor();

    const firstChange = page.locator('kem-what-changed mat-expansion-panel-header').first();
    await pressUntilFocused(page, firstChange);
    expect(await firstChange.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true');
    await screenshot(page, 'keyboard-overview');
  });

  it('weights: moves a slider with the arrow keys, sees the preview change and saves', async () => {
    await page.goto(`${dashboard.server.url}/admin/weights`);
    const summary = page.getByTestId('preview-summary');
    await summary.getByText('preview').waitFor();
    const before = (await summary.textContent()) ?? '';
    expect(before).toContain('Same index as saved');

    await pressUntilFocused(page, page.locator('.row[data-key="cpc_pipeline"] input[type=range]'));
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((text) => document.querySelector('[data-testid=preview-summary]')?.textContent !== text, before);
    expect(await summary.textContent()).not.toContain('Same index as saved');

    await pressUntilFocused(page, page.getByTestId('note'));
    await page.keyboard.type('CPC weighs more (set with the keyboard)');
    await pressUntilFocused(page, page.getByTestId('save'));
    await page.keyboard.press('Enter');
    await page.getByTestId('build-done').waitFor({ timeout: 60_000 });
    await screenshot(page, 'keyboard-weights');
    const latest = await (await fetch(`${dashboard.server.url}/api/index/latest`)).json();
    expect(latest.profile.version).toBe(2);
  });

  it('footprint: fills the form and saves it', async () => {
    await page.goto(`${dashboard.server.url}/footprint`);
    const form = page.getByTestId('footprint-form');
    const fields: [string, string][] = [
      ['Name', 'Steppe Logistics LLP'],
      ['Revenue earned in Kazakhstan, %', '40'],
      ['Exports through CPC or Russian routes, %', '60'],
      ['Staff in Kazakhstan', '120'],
      ['Sites in Kazakhstan', '3'],
    ];
    for (const [label, value] of fields) {
      await pressUntilFocused(page, form.getByLabel(label, { exact: true }));
      await retype(page, value);
    }
    const atyrau = form.locator('[data-region="atyrau"]');
    await pressUntilFocused(page, atyrau);
    await page.keyboard.press('Space');
    expect(await atyrau.isChecked()).toBe(true);

    await pressUntilFocused(page, page.getByTestId('footprint-save'));
    await page.keyboard.press('Enter');
    await page.getByTestId('exposure-reason').waitFor();
    expect(await page.getByTestId('company-value').textContent()).toMatch(/\d/);
    await screenshot(page, 'keyboard-footprint');
  });

  it('scenarios: picks a preset, runs it and sees the projection', async () => {
    await page.goto(`${dashboard.server.url}/scenarios`);
    const preset = page.locator('[data-preset="cpc-stoppage-8w"]');
    await pressUntilFocused(page, preset);
    await page.keyboard.press('Enter');
    // The pressed state renders on the next change detection, not within the key press.
    await preset.and(page.locator('[aria-pressed="true"]')).waitFor();

    const run = page.getByTestId('scenario-run');
    await pressUntilFocused(page, run);
    const projected = page.waitForResponse((r) => r.url().endsWith('/api/scenarios/project') && r.status() === 200);
    await page.keyboard.press('Space');
    await projected;
    await page.waitForSelector('canvas[data-chart="projection"][data-rendered="true"]');
    expect(await page.getByTestId('projection-summary').textContent()).toMatch(/points above the baseline/);
    await screenshot(page, 'keyboard-scenarios');
  });
});
