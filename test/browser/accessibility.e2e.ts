import { Browser, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from '../support/axe';
import { launchChromium, screenshot } from '../support/browser';
import { dashboardRoutePaths } from '../support/routes';
import { RunningServer, startServer } from '../support/server';
import { browserContext, sessionToken } from '../support/session';
import { waitForIndex } from '../support/wait-for-index';

const ADMIN = { email: 'admin@example.com', password: 'browser-test-password' };
const ANALYST = { email: 'analyst@example.com', password: 'analyst-test-password' };
/** A day on which the curated evidence is current, so pages show the monitored state whatever day the test runs. */
const NOW = '2026-02-15T09:00:00Z';

type Visitor = 'signed-out' | 'analyst' | 'admin';
const PATHS = dashboardRoutePaths();

async function api<T>(server: RunningServer, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Issue 15 item 8: axe-core finds no serious or critical violation on any page of the dashboard,
 * signed out, as an analyst and as an admin. The pages come from the router configuration itself
 * (test/support/routes.ts), so a new page is visited without being named here; a new route with a
 * parameter fails until `concrete` below says which value to visit it with. A screenshot of every
 * page is kept in test-artifacts/a11y-<visitor>-<page>.png.
 */
describe('accessibility of every page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const tokens: Partial<Record<Visitor, string>> = {};
  let concrete: Record<string, string>;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, KEM_NOW: NOW });
    await waitForIndex(server.url);
    const admin = await sessionToken(server, ADMIN);
    await api(server, admin, 'POST', '/api/users', { ...ANALYST, role: 'analyst' });
    tokens.admin = admin;
    tokens.analyst = await sessionToken(server, ANALYST);

    // Something behind every page that shows one record.
    const indicators = await api<{ key: string }[]>(server, admin, 'GET', '/api/indicators');
    const events = await api<{ items: { id: number }[] }>(server, admin, 'GET', '/api/events?pageSize=1');
    const subscription = await api<{ id: number }>(server, admin, 'POST', '/api/subscriptions', { cadence: 'weekly' });
    await api(server, admin, 'POST', '/api/digests/test', { subscriptionId: subscription.id });
    const outbox = await api<{ items: { id: number }[] }>(server, admin, 'GET', '/api/outbox');
    concrete = {
      'indicators/:key': `indicators/${indicators[0].key}`,
      'events/:id/edit': `events/${events.items[0].id}/edit`,
      'digests/subscriptions/:id/edit': `digests/subscriptions/${subscription.id}/edit`,
      'digests/subscriptions/:id/preview': `digests/subscriptions/${subscription.id}/preview`,
      'digests/outbox/:id': `digests/outbox/${outbox.items[0].id}`,
      '**': 'no-such-page',
    };
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads the pages from the router configuration, the pages of this round among them', () => {
    for (const path of ['', 'methodology', 'evidence/health', 'evidence/observations/import', 'triage', 'footprint', 'scenarios'])
      expect(PATHS).toContain(path);
    for (const path of ['replay', 'account', 'report', 'admin/weights', 'digests/outbox/:id']) expect(PATHS).toContain(path);
  });

  describe.each<Visitor>(['signed-out', 'analyst', 'admin'])('%s', (visitor) => {
    let page: Page;

    beforeEach(async () => {
      page = await (await browserContext(browser, server, tokens[visitor])).newPage();
    });

    afterEach(async () => {
      await page.context().close();
    });

    it.each(PATHS)('/%s has no serious or critical axe violation', async (pattern) => {
      const path = pattern.includes(':') || pattern === '**' ? concrete[pattern] : pattern;
      if (path === undefined) throw new Error(`A new route with a parameter: add "${pattern}" to concrete in this test`);
      await page.goto(`${server.url}/${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main').waitFor();
      await screenshot(page, `a11y-${visitor}-${path.replace(/\//g, '_') || 'overview'}`);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((v) => ({ page: new URL(page.url()).pathname, ...v }))).toEqual([]);
    });
  });
});
