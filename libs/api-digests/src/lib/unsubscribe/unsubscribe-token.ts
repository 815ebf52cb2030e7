import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed unsubscribe tokens: "<subscription id>.<HMAC-SHA256 of 'unsubscribe:<id>'>" in base64url.
 * The HMAC key is the subscription's own random `unsubscribe_key`, created with it and stored in the
 * database (no secret in code or configuration); a token works for one subscription only, and
 * replacing the key revokes every link sent so far.
 */
export function newUnsubscribeKey(): string {
  return randomBytes(32).toString('hex');
}

const signature = (id: number, key: string) =>
  createHmac('sha256', Buffer.from(key, 'hex')).update(`unsubscribe:${id}`).digest('base64url');

export function signUnsubscribeToken(id: number, key: string): string {
  return `${id}.${signature(id, key)}`;
}

/** The subscription id a token names, before checking its signature; null when malformed. */
export function tokenSubscriptionId(token: string): number | null {
  const match = /^(\d{1,15})\.[A-Za-z0-9_-]{43}$/.exec(token);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function verifyUnsubscribeToken(token: string, key: string): boolean {
  const id = tokenSubscriptionId(token);
  if (id === null) return false;
  const expected = Buffer.from(signature(id, key));
  const given = Buffer.from(token.slice(token.indexOf('.') + 1));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
