import { Browser, BrowserContext } from 'playwright-core';
import { RunningServer } from './server';

/** The session cookie's name (SESSION_COOKIE of @kem/contracts). */
const SESSION_COOKIE = 'kem_session';

export interface Credentials {
  email: string;
  password: string;
}

/** Signs in through the API and returns the session token (for `Authorization: Bearer …`). */
export async function sessionToken(server: RunningServer, user: Credentials): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!res.ok) throw new Error(`sign-in of ${user.email}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * A browser context signed in with `token` (none: signed out). The API's clock may be pinned
 * (KEM_NOW) while the browser's is not, so a cookie set by the sign-in page could carry an expiry in
 * the browser's past; the token is given to the browser as a session cookie instead.
 */
export async function browserContext(browser: Browser, server: RunningServer, token?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}
