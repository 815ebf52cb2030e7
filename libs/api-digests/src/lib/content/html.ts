const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The URL, normalised, when it is an absolute http(s) URL; anything else (javascript:, data:, relative…) gives null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is http(s), otherwise just the escaped text. */
export function link(text: string, url: string | null | undefined, style = ''): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${esc(href)}" style="${esc(style)}">${esc(text)}</a>` : esc(text);
}

/** One line for the plain-text part and subjects: control characters and runs of whitespace become one space. */
export function plain(value: unknown): string {
  return (
    String(value ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ')
      .trim()
  );
}

/** One decimal; "no value" when the index has none (every indicator unmonitored). */
export const fmtValue = (value: number | null) => (value === null || Number.isNaN(value) ? 'no value' : value.toFixed(1));

/** +2.4, −1.0, ±0.0; "n/a" when unknown. */
export function fmtChange(points: number | null): string {
  if (points === null || Number.isNaN(points)) return 'n/a';
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return '±0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}
