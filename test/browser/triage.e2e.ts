import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from '../support/axe';
import { launchChromium, screenshot } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { waitForIndex } from '../support/wait-for-index';

const ADMIN = { email: 'admin@example.com', password: 'browser-test-password' };
const ANALYST = { email: 'analyst@example.com', password: 'analyst-password-123' };
/** The connector fixtures (constructed Eurasianet and Azattyq feeds of May 2026, illustrative headlines). */
const FEEDS = resolve(__dirname, '../../libs/api-connectors/src/fixtures/rss');
const MIRROR = 'https://mirror.example.org/eurasianet/';
const STRIKE = 'Kazakhstan: Drone strike halts oil loadings at CPC terminal near Novorossiysk';
const RECOVERY = 'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack';

interface EventRow {
  id: number;
  title: string;
  status: string;
  indicatorKey: string;
  severity: number;
  parentId: number | null;
}

/**
 * Intake and triage in a real browser: the RSS connector reads the recorded feeds (and a mirror that
 * republishes the Eurasianet items), intake stores each story once with a suggestion, and an analyst
 * triages with the keyboard — accept, correct, merge, reject — then finds the result in the
 * published events and in what moved the index.
 */
describe('triage of connector drafts with the keyboard in Chromium', () => {
  let feeds: Server;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let admin: string;

  const api = async <T>(path: string, init: RequestInit = {}, token = admin): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
    expect(response.ok).toBe(true);
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  };
  const eventsFrom = async (day: string, status: string) =>
    (await api<{ items: EventRow[] }>(`/api/events?status=${status}&from=${day}&pageSize=100`)).items;
  const selectedTitle = () => page.locator('li[aria-current=true] h3').textContent();
  const waitForSelected = (title: string) =>
    page.waitForFunction((t) => document.querySelector('li[aria-current=true] h3')?.textContent === t, title);
  const waitForNotice = (text: string) =>
    page.waitForFunction((t) => document.querySelector('[data-testid=notice]')?.textContent?.includes(t) ?? false, text);

  beforeAll(async () => {
    const eurasianet = readFileSync(join(FEEDS, 'eurasianet-kazakhstan.xml'), 'utf8');
    const bodies: Record<string, string> = {
      '/eurasianet': eurasianet,
      '/azattyq': readFileSync(join(FEEDS, 'azattyq-rus.xml'), 'utf8'),
      '/mirror': eurasianet.replaceAll('https://eurasianet.org/', MIRROR),
    };
    feeds = createServer((req, res) => {
      const body = bodies[req.url ?? ''];
      if (body === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    });
    await new Promise<void>((done) => feeds.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
    server = await startServer({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // The feeds' items fall in the RSS window (14 days) of this day.
      KEM_NOW: '2026-05-08T12:00:00Z',
      RSS_FEEDS: [
        `Eurasianet – Kazakhstan|${base}/eurasianet`,
        `Azattyq (Russian)|${base}/azattyq`,
        `Central Asia mirror|${base}/mirror`,
      ].join(';'),
    });
    await waitForIndex(server.url);
    const login = async (user: typeof ADMIN) =>
      (
        (await (
          await fetch(`${server.url}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(user),
          })
        ).json()) as { token: string }
      ).token;
    admin = await login(ADMIN);
    await api('/api/users', { method: 'POST', body: JSON.stringify({ ...ANALYST, role: 'analyst', displayName: 'Analyst' }) });

    await api('/api/connectors/rss/sync', { method: 'POST' });
    for (let i = 0; i < 200; i++) {
      const status = await api<{ lastRun: { status: string; draftsAdded: number } | null }>('/api/connectors/rss');
      if (status.lastRun && status.lastRun.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 250));
    }

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${server.url}/login?returnUrl=%2Ftriage`);
    await page.getByLabel('E-mail').fill(ANALYST.email);
    await page.getByLabel('Password').fill(ANALYST.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/triage/);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((done) => feeds?.close(done));
  });

  it('lists each story once, with the suggestion, its reasons and the mirror copies, under the key legend', async () => {
    await page.locator('ol.drafts > li').first().waitFor();
    expect(await page.getByTestId('count').textContent()).toContain('8 drafts waiting');
    const legend = (await page.getByTestId('key-legend').textContent()) ?? '';
    expect(legend).toContain('accept the suggestion');
    expect(legend).toContain('merge into a family');
    const draft = (title: string) => page.locator('li', { has: page.getByRole('heading', { name: title }) });
    const strike = draft(STRIKE);
    expect(await strike.getByTestId('suggested-indicator').textContent()).toBe('CPC pipeline disruptions');
    expect(await strike.getByLabel('Why intake suggests this').textContent()).toContain(
      'severity 4 from "halts", "suspended", "drone strike"',
    );
    expect(await strike.getByTestId('copies').textContent()).toContain('Central Asia mirror');
    expect(await draft(RECOVERY).getByLabel('Why intake suggests this').textContent()).toContain(
      'severity 1 from "resumes" in the title, lowered from 4 ("drone attack"): the title reports a recovery',
    );
    expect(await page.locator('[data-testid=copies]').count()).toBe(4);
    expect(await page.textContent('main')).not.toContain('keyword-matched news here');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'triage-queue');
  });

  it('accepts, merges, rejects and corrects with one or two keystrokes each', async () => {
    // Oldest first: Eurasianet's report of the drone strike, then Azattyq's of the cut in loadings the
    // same day. The analyst publishes the Azattyq report as the family (j, then a): no word in it says
    // how serious it is, so a asks once more (a or Enter).
    expect(await selectedTitle()).toBe(STRIKE);
    await page.keyboard.press('j');
    await waitForSelected('КТК сократил отгрузки нефти');
    await page.keyboard.press('a');
    await page.locator('[data-editor=confirm]').getByText('Intake guessed severity 2').waitFor();
    await page.keyboard.press('Enter');
    await waitForNotice('Published “КТК сократил отгрузки нефти” as suggested');

    // The strike report joins that family as a follow-up (k, m Enter): the family just published comes
    // first, and the follow-up's severity is capped at the family's.
    await waitForSelected(RECOVERY);
    await page.keyboard.press('k');
    await waitForSelected(STRIKE);
    const mergeIntoNewFamily = async () => {
      await page.keyboard.press('m');
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid=merge-parent]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent?.includes(
          'КТК сократил отгрузки нефти',
        ),
      );
      expect(await page.getByTestId('merge-parent').evaluate((el) => el === document.activeElement)).toBe(true);
    };
    await mergeIntoNewFamily();
    await screenshot(page, 'triage-merge-editor');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForNotice('as a follow-up: it adds no impact (severity lowered from 4 to 2');

    // The recovery a day later joins it too; intake rated it 1, below the family, so nothing is lowered.
    await waitForSelected(RECOVERY);
    await mergeIntoNewFamily();
    await page.keyboard.press('Enter');
    await waitForNotice(`Merged “${RECOVERY}” into event #`);
    expect(await page.getByTestId('notice').textContent()).not.toContain('severity lowered');

    // A statement that the CSTO stays out: reject it as no new development (r 2).
    await waitForSelected('Токаев: ОДКБ не будет участвовать в подавлении протестов');
    await page.keyboard.press('r');
    await page.locator('[data-editor=reject]').waitFor();
    await page.keyboard.press('2');
    await waitForNotice('Rejected “Токаев: ОДКБ');

    // The bill's second reading: the analyst rates it 3, not the suggested 2 (c, Tab to severity, 3, Enter).
    await waitForSelected('Kazakhstan: Parliament moves foreign agent bill to second reading');
    await page.keyboard.press('c');
    await page.getByTestId('correct-indicator').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await waitForNotice('corrected: Foreign-agent legislation, severity 3');

    await waitForSelected('В Алматы прошёл митинг против повышения тарифов');
    await page.keyboard.press('j');
    await waitForSelected('Мажилис одобрил законопроект об «иностранных агентах»');
    expect(await page.getByTestId('count').textContent()).toContain('3 drafts waiting');
    await screenshot(page, 'triage-after-keyboard');
  });

  it('shows the decisions in the published events and in what moved the index; the follow-up adds no driver of its own', async () => {
    const published = await eventsFrom('2026-05-01', 'published');
    const byTitle = (start: string) => published.find((e) => e.title.startsWith(start)) as EventRow;
    const root = byTitle('КТК сократил');
    const followUp = byTitle(STRIKE);
    const recovery = byTitle(RECOVERY);
    expect(root).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 2, parentId: null });
    expect(followUp).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 2, parentId: root.id });
    expect(recovery).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 1, parentId: root.id });
    expect(byTitle('Kazakhstan: Parliament moves')).toMatchObject({ indicatorKey: 'foreign_agent', severity: 3, parentId: null });
    expect((await eventsFrom('2026-05-01', 'rejected')).map((e) => e.title)).toEqual([
      'Токаев: ОДКБ не будет участвовать в подавлении протестов',
    ]);

    await page.goto(`${server.url}/events?indicator=cpc_pipeline`);
    const card = page.locator(`[data-id="${followUp.id}"]`);
    await card.waitFor();
    expect(await card.getByTestId('follow-up').textContent()).toContain(`Follow-up of event #${root.id}`);
    await screenshot(page, 'triage-published-events');

    // The index is rebuilt in the background once the evidence changed; wait until it explains the week with the new family.
    // The family is one driver, named after its strongest member (on a tie the earliest: here the strike report of the root's day).
    type Explanation = { indicators: { indicatorKey: string; drivers: { eventId: number; memberIds: number[] }[] }[] };
    const members = [root.id, followUp.id, recovery.id];
    const familyDrivers = async () =>
      (await api<Explanation>('/api/index/explain?from=2026-05-01&to=2026-05-08')).indicators
        .find((i) => i.indicatorKey === 'cpc_pipeline')
        ?.drivers.filter((d) => members.some((id) => d.eventId === id || d.memberIds.includes(id))) ?? [];
    let drivers = await familyDrivers();
    for (let i = 0; i < 240 && !members.every((id) => drivers[0]?.memberIds.includes(id)); i++) {
      await new Promise((r) => setTimeout(r, 500));
      drivers = await familyDrivers();
    }
    expect(drivers).toEqual([expect.objectContaining({ memberIds: expect.arrayContaining(members) })]);
  }, 180_000);
});
