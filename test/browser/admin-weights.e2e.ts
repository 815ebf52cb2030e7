import { computeIndex, ScoredHistory } from '../../libs/scoring/src';
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { BROWSER_ADMIN, signInWithForm, useDashboard } from '../support/dashboard';

/** What the index of the latest day must be under `weights`, worked out from the served scores. */
async function expectedLatest(baseUrl: string, weights: Record<string, number>): Promise<number> {
  const table = await (await fetch(`${baseUrl}/api/index/scores`)).json();
  const days = table.scores[0].length;
  const history: ScoredHistory = {
    from: table.from,
    to: table.to,
    days,
    series: table.keys.map((key: string, i: number) => ({
      key,
      from: table.from,
      values: Float64Array.from(table.scores[i], (v: number | null) => (v === null ? Number.NaN : v)),
    })),
  };
  return computeIndex(history, weights).values[days - 1];
}

describe('admin retunes the weights in Chromium', () => {
  const dashboard = useDashboard();
  let page: Page;

  beforeAll(async () => {
    page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });

  it('moves a slider, sees the preview change, saves with a note, and the dashboard follows the new weights', async () => {
    await signInWithForm(page, dashboard.server.url, BROWSER_ADMIN, '/admin/weights');
    await page.waitForURL(/\/admin\/weights/);

    const summary = page.getByTestId('preview-summary');
    await summary.getByText('preview').waitFor();
    const before = await summary.textContent();
    expect(before).toContain('Same index as saved');

    // Everything on the CPC route: every other weight to 0, CPC to 100.
    const rows = page.locator('.row[data-key]');
    const keys = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key') as string));
    const weights: Record<string, number> = {};
    for (const key of keys) {
      const value = key === 'cpc_pipeline' ? 100 : 0;
      weights[key] = value;
      await page.locator(`.row[data-key="${key}"] input[type=range]`).fill(String(value));
    }
    await page.waitForFunction((text) => document.querySelector('[data-testid=preview-summary]')?.textContent !== text, before);
    const after = (await summary.textContent()) ?? '';
    expect(after).not.toContain('Same index as saved');
    const previewLatest = Number(after.match(/preview\s+([\d.]+)/)?.[1]);
    const expected = await expectedLatest(dashboard.server.url, weights);
    expect(previewLatest).toBeCloseTo(expected, 1);
    expect(await page.getByTestId('preview-timing').textContent()).toMatch(/Preview updated in [\d.]+ ms/);
    await screenshot(page, 'admin-weights-preview');

    await page.getByTestId('note').fill('Only the CPC export route matters to this business');
    await page.getByTestId('save').click();
    await page.getByTestId('build-done').waitFor({ timeout: 60_000 });
    await screenshot(page, 'admin-weights-saved');

    const latest = await (await fetch(`${dashboard.server.url}/api/index/latest`)).json();
    expect(latest.profile.version).toBe(2);
    // The score table the browser re-weights is rounded to 4 decimals.
    expect(latest.value).toBeCloseTo(expected, 3);

    const audit = await page.evaluate(async () => (await fetch('/api/audit?action=weights.save')).json());
    expect(audit.items[0]).toMatchObject({ actor: 'admin@example.com', action: 'weights.save' });
    expect(audit.items[0].after.note).toBe('Only the CPC export route matters to this business');
  });
});
