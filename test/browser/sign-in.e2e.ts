import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { BROWSER_ADMIN, useDashboard } from '../support/dashboard';

describe('dashboard in Chromium', () => {
  const dashboard = useDashboard({ waitForIndex: false });
  let page: Page;
  const pageErrors: string[] = [];

  beforeEach(async () => {
    page = await dashboard.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // Chromium logs every 4xx as a console error; the anonymous /api/auth/me 401 is expected.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await page.close();
  });

  it('shows the indicator list, signs in and shows who is signed in', async () => {
    await page.goto(`${dashboard.server.url}/indicators`);
    await page.waitForSelector('.indicator');
    const names = await page.locator('.indicator h2').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['CPC pipeline disruptions', 'Trade dependence on Russia']));
    expect(names.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, 'indicators-anonymous');

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill(BROWSER_ADMIN.email);
    await page.getByLabel('Password').fill(BROWSER_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const who = page.getByTestId('signed-in-user');
    await who.waitFor();
    expect(await who.textContent()).toContain(`(admin)`);
    await page.goto(`${dashboard.server.url}/indicators`);
    await page.waitForSelector('.indicator');
    await screenshot(page, 'indicators-signed-in');

    await page.reload();
    await who.waitFor();
    expect(await who.textContent()).toContain('admin');
    expect(pageErrors).toEqual([]);
  });

  it('shows a clear message for a wrong password', async () => {
    await page.goto(`${dashboard.server.url}/login`);
    await page.getByLabel('E-mail').fill(BROWSER_ADMIN.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('E-mail or password is incorrect');
    await screenshot(page, 'login-wrong-password');
  });

  it('answers deep links with the app and unknown API paths with JSON', async () => {
    const deepLink = await fetch(`${dashboard.server.url}/admin/weights`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<kem-root>');
    const api = await fetch(`${dashboard.server.url}/api/admin/weights`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');

    // Signed out, the admin deep link asks for sign-in and comes back; an unknown page says so.
    await page.goto(`${dashboard.server.url}/admin/weights`);
    await page.waitForURL(/\/login\?returnUrl=%2Fadmin%2Fweights/);
    await page.goto(`${dashboard.server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });
});
