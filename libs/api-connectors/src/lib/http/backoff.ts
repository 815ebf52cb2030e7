/**
 * Delay before retry number `attempt` (1 = the wait after the first failure): exponential
 * (base · 2^(attempt−1), capped at `maxMs`) with "equal jitter": between half and all of it, so
 * instances that failed together do not retry together.
 */
export function computeBackoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Reads a Retry-After header: delta-seconds or an HTTP date. Returns milliseconds from `nowMs`
 * (never negative), or null when absent or unreadable.
 */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at) || !/[a-z]/i.test(value)) return null;
  return Math.max(0, at - nowMs);
}
