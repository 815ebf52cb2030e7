import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { daysBetween } from '../../libs/scoring/src';
import { seriousAccessibilityViolationsOn } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDashboard } from '../support/dashboard';

const INDEX_CHART = 'canvas[data-chart="index"][data-rendered="true"]';

/** Share of the canvas's pixels that chart.js painted (a blank canvas is all transparent). */
async function paintedShare(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted / (canvas.width * canvas.height);
  });
}

describe('overview in Chromium', () => {
  const dashboard = useDashboard();
  let page: Page;

  beforeEach(async () => {
    const context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
  });

  afterEach(async () => {
    await page.context().close();
  });

  it('draws the index from real data, with the headline and the due-diligence checklist', async () => {
    await page.goto(dashboard.server.url);
    await page.waitForSelector(INDEX_CHART);
    expect(await paintedShare(page, INDEX_CHART)).toBeGreaterThan(0.05);
    await page.waitForSelector('canvas[data-chart="contributions"][data-rendered="true"]');
    const latest = await (await fetch(`${dashboard.server.url}/api/index/latest`)).json();
    expect(await page.locator('main').textContent()).toContain(latest.bandLabel);
    expect(await page.locator('main').textContent()).toContain(latest.bandActions[0].text);
    await screenshot(page, 'overview');
  });

  it('shows an event when the pointer is over its marker', async () => {
    await page.goto(`${dashboard.server.url}/?range=all`);
    await page.waitForSelector(INDEX_CHART);
    const box = (await page.locator(INDEX_CHART).boundingBox())!;
    const announced = page.getByTestId('chart-tooltip');
    let text = '';
    for (let x = box.x + 40; x < box.x + box.width - 10 && !text.includes('Source:'); x += 3) {
      await page.mouse.move(x, box.y + box.height / 2);
      text = (await announced.textContent()) ?? '';
    }
    expect(text).toMatch(/Indicator: .+ · Severity .+ · Source: .+/);
    await screenshot(page, 'overview-marker-tooltip');
  });

  it('changes the series with the range picker, and exports the points shown as CSV', async () => {
    await page.goto(dashboard.server.url);
    await page.waitForSelector(INDEX_CHART);
    // The overview asks for today's value and the range in one request, with the series' own parameters.
    const threeYears = page.waitForRequest((r) => r.url().includes('/api/index/overview?') && r.url().includes('from='));
    await page.locator('[data-range="3y"]').click();
    const request = new URL((await threeYears).url());
    const from = request.searchParams.get('from')!;
    const to = request.searchParams.get('to') ?? new Date().toISOString().slice(0, 10);
    expect(daysBetween(from, to)).toBeGreaterThan(2.9 * 365);
    expect(page.url()).toContain('range=3y');
    await page.waitForSelector(INDEX_CHART);

    const shown = await (await fetch(`${dashboard.server.url}/api/index?${request.searchParams.toString()}`)).json();
    const download = page.waitForEvent('download');
    await page.getByTestId('download-csv').click();
    const csv = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/^date,/);
    expect(csv).toHaveLength(shown.points.length + 1);
    expect(csv[1].split(',')[0]).toBe(shown.points[0].date);
    expect(csv.at(-1)?.split(',')[0]).toBe(shown.points.at(-1).date);
  });

  it.each(['/', '/indicators', '/indicators/cpc_pipeline', '/events', '/methodology', '/login'])(
    'has no serious or critical accessibility violations on %s',
    async (path) => expect(await seriousAccessibilityViolationsOn(page, `${dashboard.server.url}${path}`)).toEqual([]),
  );
});
