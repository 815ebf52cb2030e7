import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request that a session cookie authenticates must not change anything, or null when it may.
 * SameSite=Strict keeps the cookie off cross-site requests in current browsers; this is the second
 * defence (older browsers, sibling subdomains, a lax cookie one day). A browser states where the
 * request comes from in Sec-Fetch-Site (trusted when present) or Origin; a request with neither
 * header is not one a current browser sends with a cookie, so it is refused too. Requests with a
 * bearer token are not affected: a cross-site page cannot attach one.
 */
export function crossSiteProblem(req: Request, allowedOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    return site === 'same-origin' ? null : `Cookie-authenticated changes must come from this site's own pages (Sec-Fetch-Site: ${site})`;
  }
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') {
    return 'Cookie-authenticated changes need an Origin header from this site; API clients send the session as a bearer token instead';
  }
  const own = `${req.protocol}://${req.get('host') ?? ''}`.toLowerCase();
  const candidate = origin.toLowerCase();
  if (candidate === own || allowedOrigins.includes(candidate)) return null;
  return `Cookie-authenticated changes must come from this site's own pages, not ${origin}`;
}

/** The origin (scheme://host[:port]) of an absolute URL, lower-cased; null when it is not one. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return null;
  }
}
