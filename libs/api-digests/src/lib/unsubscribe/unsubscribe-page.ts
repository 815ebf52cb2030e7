import { ONE_CLICK_UNSUBSCRIBE_BODY } from '@kem/contracts';
import { esc } from '../content/html';

/** Plain, self-contained HTML pages for people following an unsubscribe link; every value is escaped. */
function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} – Kazakhstan Exposure Monitor</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f3f5f7;color:#1b2733;margin:0;padding:40px 16px}main{max-width:520px;margin:0 auto;background:#fff;border:1px solid #dde3ea;padding:24px 28px}h1{font-size:20px;margin:0 0 12px}button{background:#1f4e79;color:#fff;border:0;padding:10px 18px;font-size:15px;border-radius:4px;cursor:pointer}p{line-height:1.5}</style>
</head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

export interface UnsubscribeTarget {
  email: string;
  profileName: string;
  cadence: string;
}

/** GET: asks for confirmation (link scanners must not unsubscribe anyone); the form sends the RFC 8058 body. */
export function confirmPage(target: UnsubscribeTarget, token: string): string {
  const [name, value] = ONE_CLICK_UNSUBSCRIBE_BODY.split('=');
  return page(
    'Unsubscribe from the digest?',
    `<p><strong>${esc(target.email)}</strong> will no longer receive the ${esc(target.cadence)} digest and alerts of the <strong>${esc(target.profileName)}</strong> profile.</p>
<form method="post" action="?token=${esc(encodeURIComponent(token))}"><input type="hidden" name="${esc(name)}" value="${esc(value)}"><button type="submit">Unsubscribe</button></form>`,
  );
}

export function donePage(target: UnsubscribeTarget): string {
  return page(
    'You are unsubscribed',
    `<p><strong>${esc(target.email)}</strong> will no longer receive the ${esc(target.cadence)} digest and alerts of the <strong>${esc(target.profileName)}</strong> profile.</p><p>An administrator, or you when signed in, can subscribe again from the dashboard.</p>`,
  );
}

export function invalidPage(reason: string): string {
  return page(
    'This unsubscribe link does not work',
    `<p>${esc(reason)}</p><p>Sign in to the dashboard to manage your subscriptions, or ask an administrator.</p>`,
  );
}
