import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from '../support/axe';
import { ARTIFACTS, screenshot } from '../support/browser';
import { BROWSER_ADMIN, signInWithForm, useDashboard } from '../support/dashboard';

const NEW_PASSWORD = 'board-ready-password-2026';

/** Every console error and page error of a page, including the "Failed to load resource" Chromium logs for a 4xx/5xx. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  return errors;
}

/** Renders the open page to PDF at `format`, turns each page into a PNG and returns the pages' count and text. */
function pdfPages(pdf: Buffer, name: string): { pages: number; text: string[] } {
  const dir = join(ARTIFACTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, 'page')]);
  const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
  const text = pngs.map((_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  return { pages: pngs.length, text };
}

describe('board-ready finish in Chromium', () => {
  const dashboard = useDashboard({ timeout: 90_000 });

  it('shows anonymous pages without a single console error (the sign-in check answers 204, not 401)', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = recordErrors(page);
    for (const [path, ready] of [
      ['/', '[data-chart=index]'],
      ['/indicators', '.indicator'],
      ['/methodology', 'h1'],
      ['/events', 'h1'],
      ['/report', '[data-testid=report-evidence-date]'],
    ] as const) {
      await page.goto(`${dashboard.server.url}${path}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
    }
    await screenshot(page, 'anonymous-report-no-console-errors');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the report on A4 and Letter: every section present, nothing interactive printed', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${dashboard.server.url}/report`);
    await page.waitForSelector('[data-testid=report-chart] canvas');
    await page.waitForSelector('[data-testid=report-changed] h2');
    await page.waitForSelector('[data-testid=report-methodology] p');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'report-screen');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const { pages, text } = pdfPages(pdf, `report-${format.toLowerCase()}`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(6);
      const all = text.join('\n');
      for (const heading of [
        'Kazakhstan exposure index — board report',
        'Headline',
        'Evidence freshness:',
        'The index over 3 years',
        'Contributions on',
        'What changed in the last 30 days',
        'Due-diligence actions',
        'Methodology in brief',
        'Evidence date:',
      ]) {
        expect(all).toContain(heading);
      }
      // Buttons, the header menu and the charts' expand arrows ("Show the chart's data as a table") are not printed.
      expect(all).not.toContain('Download PDF');
      expect(all).not.toContain('Show the chart');
      expect(all).not.toContain('Sign in');
      // The footnote is whole on the last page, not cut.
      expect(text[text.length - 1].replace(/\s+/g, ' ')).toContain('Every figure is traceable to its sources');
    }
    await page.close();
  });

  it('on a tablet keeps the header on one line behind a menu, and the weights preview in view while the lower sliders move', async () => {
    const context: BrowserContext = await dashboard.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${dashboard.server.url}/`);
    await page.getByTestId('menu-button').waitFor();
    const header = await page.locator('mat-toolbar').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(72);
    await page.getByTestId('menu-button').click();
    await page.getByRole('menuitem', { name: 'Report' }).waitFor();
    await screenshot(page, 'tablet-1024-header-menu');
    await page.keyboard.press('Escape');

    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN, '/admin/weights');
    await page.getByTestId('preview-summary').getByText('preview').waitFor();
    const lastSlider = page.locator('.row[data-key] input[type=range]').last();
    await lastSlider.scrollIntoViewIfNeeded();
    await lastSlider.focus();
    await page.keyboard.press('ArrowRight');
    const chart = await page.locator('canvas[data-chart=weights-preview]').boundingBox();
    expect(chart).not.toBeNull();
    expect(chart!.y).toBeGreaterThanOrEqual(0);
    expect(chart!.y + chart!.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: join(ARTIFACTS, 'tablet-1024-weights-preview-sticky.png') });

    await page.setViewportSize({ width: 768, height: 1024 });
    await lastSlider.scrollIntoViewIfNeeded();
    const portrait = await page.locator('canvas[data-chart=weights-preview]').boundingBox();
    expect(portrait!.y).toBeGreaterThanOrEqual(0);
    expect(portrait!.y + portrait!.height).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: join(ARTIFACTS, 'tablet-768-weights-preview-sticky.png') });
    await context.close();
  });

  it('on a laptop keeps the account and Sign out in the header row, with an admin’s eleven links wrapping among themselves', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN, '/methodology');
    const middle = async (selector: string) => {
      const box = await page.locator(selector).boundingBox();
      return (box?.y ?? Number.NaN) + (box?.height ?? Number.NaN) / 2;
    };
    expect((await page.locator('mat-toolbar').boundingBox())?.height).toBeLessThanOrEqual(96);
    expect(Math.abs((await middle('mat-toolbar >> text=Sign out')) - (await middle('.brand')))).toBeLessThan(8);
    await page.locator('mat-toolbar').screenshot({ path: join(ARTIFACTS, 'laptop-1280-header-admin.png') });
    await page.close();
  });

  it('shows bands behind the weights preview and clears the preview line when every weight is 0', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN, '/admin/weights');
    await page.getByTestId('preview-summary').getByText('preview').waitFor();
    await page.locator('kem-weights-preview').screenshot({ path: join(ARTIFACTS, 'weights-preview-bands.png') });
    for (const field of await page.locator('.row[data-key] input[type=number]').all()) await field.fill('0');
    await page.getByTestId('preview-summary').getByText('At least one indicator needs a weight above 0').waitFor();
    expect(await page.getByTestId('preview-summary').textContent()).not.toMatch(/preview \d/);
    await page.locator('kem-weights-preview').screenshot({ path: join(ARTIFACTS, 'weights-preview-all-zero-cleared.png') });
    await page.close();
  });

  it('takes days as "4 Dec 2025" in date fields, and tells the selected range from the focused one', async () => {
    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN, '/admin/audit');
    const from = page.getByTestId('from-filter');
    await from.waitFor();
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('e.g. 4 Dec 2025');
    await from.fill('4 Dec 2025');
    await from.blur();
    await page.waitForURL(/from=2025-12-04/);
    expect(await from.inputValue()).toBe('4 Dec 2025');
    await screenshot(page, 'date-input-audit-filter');

    await page.goto(`${dashboard.server.url}/`);
    await page.locator('[data-range]').first().waitFor();
    const picker = page.locator('kem-range-picker');
    const selected = picker.locator('.mat-button-toggle-checked');
    const other = picker.locator('mat-button-toggle:not(.mat-button-toggle-checked)').first();
    await other.locator('button').focus();
    const look = (l: typeof selected) =>
      l.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, outline: getComputedStyle(el).outlineStyle }));
    const [selectedLook, focusedLook] = [await look(selected), await look(other)];
    expect(selectedLook.bg).not.toBe(focusedLook.bg);
    expect(focusedLook.outline).toBe('solid');
    expect(selectedLook.outline).not.toBe('solid');
    await picker.screenshot({ path: join(ARTIFACTS, 'range-toggle-focus-vs-selected.png') });
    await page.close();
  });

  it('changes one’s own password on the account page; other sessions end, the new password signs in', async () => {
    const other = await dashboard.browser.newContext();
    const elsewhere = await other.newPage();
    await signInWithForm(elsewhere, dashboard.server.url, BROWSER_ADMIN);

    const page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN);
    await page.getByTestId('signed-in-user').click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Current password').fill(BROWSER_ADMIN.password);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-changed').waitFor();
    await screenshot(page, 'account-password-changed');

    // The other browser's session has ended; this one still works; the new password signs in.
    expect((await elsewhere.request.get(`${dashboard.server.url}/api/auth/me`)).status()).toBe(204);
    expect((await page.request.get(`${dashboard.server.url}/api/auth/me`)).status()).toBe(200);
    await other.close();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInWithForm(page, dashboard.server.url, { ...BROWSER_ADMIN, password: NEW_PASSWORD });
    await page.close();
  });
});
