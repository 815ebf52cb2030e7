/** Query parameters that only track campaigns or clicks (besides every utm_*). */
const TRACKING_PARAMETERS = new Set(['fbclid', 'gclid', 'yclid', 'mc_cid', 'mc_eid']);

/**
 * The de-duplication key of a news item's URL: resolved against `base`, http(s) only, host
 * lower-cased, default port, fragment, utm_* and click-tracking parameters and trailing slashes
 * removed. Returns null for anything that is not an http(s) URL. The persistence layer should
 * store events under this form and canonicalise URLs the same way before looking them up.
 */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const name of [...url.searchParams.keys()]) {
    const lower = name.toLowerCase();
    if (lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower)) url.searchParams.delete(name);
  }
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.searchParams.toString();
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}`;
}
