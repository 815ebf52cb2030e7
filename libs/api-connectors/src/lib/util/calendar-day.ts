/** Calendar-day helpers: days are 'YYYY-MM-DD' strings, compared as strings, computed in UTC. */

/** 'YYYY-MM-DD' for a year, month (1–12) and day, or null when no such day exists. */
export function dayOf(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar day written 'YYYY-MM-DD'. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && dayOf(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** The UTC day of an epoch-milliseconds instant. */
export function dayOfInstant(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return dayOfInstant(ms);
}
