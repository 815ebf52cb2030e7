import { screenshot } from '../support/browser';
import { useDashboard } from '../support/dashboard';
import { createPostgresDatabase, testPostgresServer, TestPostgresDatabase } from '../support/postgres';

const SERVER = testPostgresServer();
const OUTAGE = /database cannot be reached/i;

/**
 * A database outage as a visitor meets it: the built server on a PostgreSQL database of its own,
 * which is dropped under it once the index is served. The overview (once, for the whole page) and the
 * board report say the database cannot be reached and offer to try again; neither says the index is
 * "being computed" (the other 503, told apart by the error body). Screenshots: outage-overview, outage-report.
 */
(SERVER ? describe : describe.skip)('a database outage in Chromium', () => {
  let db: TestPostgresDatabase;
  // Read by useDashboard's start-up hook, which runs after this suite's first hook has set it.
  const env: Record<string, string> = {};
  beforeAll(async () => {
    db = await createPostgresDatabase(SERVER as string);
    env['DATABASE_URL'] = db.url;
  });
  const dashboard = useDashboard({ env, timeout: 120_000 });
  afterAll(() => db?.drop());

  it('tells visitors of the overview and the report that the database cannot be reached, not that the index is computing', async () => {
    await db.drop();
    const page = await dashboard.browser.newPage();
    try {
      await page.goto(dashboard.server.url);
      const overview = page.getByTestId('unavailable');
      await overview.waitFor();
      expect(await overview.getAttribute('role')).toBe('alert');
      expect(await overview.textContent()).toMatch(OUTAGE);
      expect(await overview.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
      expect(await page.getByTestId('computing').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain('could not be loaded');
      await screenshot(page, 'outage-overview');

      await page.goto(`${dashboard.server.url}/report`);
      const report = page.getByTestId('report-unavailable');
      await report.waitFor();
      expect(await report.textContent()).toMatch(OUTAGE);
      expect(await page.getByTestId('report-computing').count()).toBe(0);
      await screenshot(page, 'outage-report');
    } finally {
      await page.close();
    }
  });
});
