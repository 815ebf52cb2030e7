import { API_ROUTES, OutboxMessageView, Page as ListPage, SubscriptionView } from '@kem/contracts';
import { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { waitForIndex } from '../support/wait-for-index';
import { CPC_EXPORTER } from '@kem/contracts/testing';

const ADMIN = { email: 'admin@example.com', password: 'browser-test-password' };
/** A week after the CPC mooring damage of 2025-11-29 (as in the digests API spec): the index moved over the week. */
const KEM_NOW = '2025-12-05T03:00:00Z';

/**
 * E-mails as an admin reads them in the app (issue 15 item 2, issue 13): the outbox and the preview
 * frame show the whole message down to its footer, no internal period key appears, the company
 * digest says it reports a footprint's index, and the freshness section is there. Screenshots of
 * the outbox list, a message and a preview are kept in test-artifacts/.
 */
describe('digests in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  let company: SubscriptionView;

  const api = async <T>(path: string, method = 'GET', body?: object): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  /** The mail frame is as tall as the message: its footer ends inside the frame, nothing scrolls within it. */
  async function expectWholeMessage(): Promise<string> {
    const frame = page.frameLocator('[data-testid=mail-frame]');
    await frame.locator('a', { hasText: 'Open the dashboard' }).waitFor();
    await page.waitForFunction(() => {
      const iframe = document.querySelector<HTMLIFrameElement>('[data-testid=mail-frame]');
      const body = iframe?.contentDocument?.body;
      return !!iframe && !!body && iframe.clientHeight >= body.scrollHeight;
    });
    const fit = await page.locator('[data-testid=mail-frame]').evaluate((iframe: HTMLIFrameElement) => {
      const doc = iframe.contentDocument as Document;
      const paragraphs = doc.querySelectorAll('p');
      const footer = paragraphs[paragraphs.length - 1];
      return { frame: iframe.clientHeight, content: doc.body.scrollHeight, footerBottom: footer.getBoundingClientRect().bottom };
    });
    expect(fit.content).toBeGreaterThan(800);
    expect(fit.frame).toBeGreaterThanOrEqual(fit.content);
    expect(fit.footerBottom).toBeLessThanOrEqual(fit.frame);
    for (const heading of ['Evidence freshness', 'What moved the index', 'New evidence since', 'Due-diligence actions'])
      await frame.getByText(heading, { exact: false }).first().waitFor();
    return (await frame.locator('body').textContent()) ?? '';
  }

  beforeAll(async () => {
    server = await startServer({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      KEM_NOW,
      PUBLIC_URL: 'https://risk.example.com',
    });
    await waitForIndex(server.url);
    const login = await fetch(`${server.url}${API_ROUTES.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    token = (await login.json()).token;
    const footprint = await api<{ id: number }>(API_ROUTES.footprints, 'POST', CPC_EXPORTER);
    company = await api<SubscriptionView>(API_ROUTES.subscriptions, 'POST', {
      cadence: 'weekly',
      footprint: footprint.id,
      displayName: 'Risk desk',
    });
    await api(API_ROUTES.subscriptions, 'POST', { cadence: 'weekly', displayName: 'Risk desk' });
    await api(`${API_ROUTES.digestsRun}?force=true`, 'POST');

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the outbox without internal keys and shows a whole company digest in its frame', async () => {
    const outbox = await api<ListPage<OutboxMessageView>>(API_ROUTES.outbox);
    expect(outbox.total).toBe(2);
    await page.goto(`${server.url}/digests/outbox`);
    await page.locator('tbody tr').nth(1).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/digest:\d{4}/);
    await screenshot(page, 'digests-outbox');

    const message = outbox.items.find((m) => m.subject.startsWith('Company exposure'));
    if (!message) throw new Error(`no company digest in ${outbox.items.map((m) => m.subject)}`);
    await page.goto(`${server.url}/digests/outbox/${message.id}`);
    const text = await expectWholeMessage();
    expect(text).toContain('This digest follows the company index of your footprint “Caspian Crude LLP”');
    expect(text).toMatch(/\d of 8 indicators in the index/);
    expect(`${text}${await page.locator('main').textContent()}`).not.toMatch(/digest:\d{4}/);
    await screenshot(page, 'digests-outbox-message');
  });

  it('previews the next digest in full, with its period in words', async () => {
    await page.goto(`${server.url}/digests/subscriptions/${company.id}/preview`);
    await page.getByTestId('period').waitFor();
    expect(await page.getByTestId('period').textContent()).toMatch(/week \d+ of 2025/);
    const text = await expectWholeMessage();
    expect(text).toContain('Company index, Caspian Crude LLP footprint');
    expect(await page.locator('main').textContent()).not.toMatch(/digest:\d{4}/);
    await screenshot(page, 'digests-preview');

    await page.goto(`${server.url}/digests/deliveries`);
    await page.locator('tbody tr').nth(1).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/digest:\d{4}/);
  });
});
