import { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningServer, startServer } from './server';
import { Credentials } from './session';
import { waitForIndex } from './wait-for-index';

/** The administrator a browser test signs in as unless it seeds another (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const BROWSER_ADMIN: Credentials = { email: 'admin@example.com', password: 'browser-test-password' };

/** The built server and headless Chromium a browser suite drives. */
export interface DashboardUnderTest {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export interface DashboardOptions {
  /** The seeded administrator; BROWSER_ADMIN by default. */
  admin?: Credentials;
  /** More environment for the server, e.g. KEM_NOW. */
  env?: Record<string, string>;
  /** Whether to wait for the first index build before the tests (yes by default). */
  waitForIndex?: boolean;
  /** Deadline of the start-up hook. */
  timeout?: number;
}

/**
 * Starts the built server (a temporary database, the administrator seeded) and Chromium before the
 * suite, and stops both after it. Call it inside the describe block; hooks declared after it run
 * with both started.
 */
export function useDashboard(options: DashboardOptions = {}): DashboardUnderTest {
  const admin = options.admin ?? BROWSER_ADMIN;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ...options.env });
    if (options.waitForIndex !== false) await waitForIndex(server.url);
    browser = await launchChromium();
  }, options.timeout);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the server has not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
  };
}

/** Signs in through the sign-in page, which then opens `returnUrl`. */
export async function signInWithForm(page: Page, baseUrl: string, user: Credentials, returnUrl = '/'): Promise<void> {
  await page.goto(`${baseUrl}/login?returnUrl=${encodeURIComponent(returnUrl)}`);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-user').waitFor();
}
