const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ALERT_RULES: Record<string, string> = { band: 'band change', 'rise-day': 'rise over a day', 'rise-week': 'rise over 7 days' };

/** "Tuesday 24 November 2026" for 2026-11-24. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "week 48 of 2026" (ISO week). */
export const weekLabel = (year: number, week: number) => `week ${week} of ${year}`;

/** "November 2026". */
export const monthLabel = (year: number, month: number) => `${MONTHS[month - 1]} ${year}`;

/**
 * A delivery's period key in words, for people: digest:2026-W48 → "week 48 of 2026",
 * alert:band:2026-11-24 → "band change on Tuesday 24 November 2026", test:… → "test send".
 * The keys themselves are internal (they make sending idempotent) and never shown.
 */
export function periodLabel(key: string): string {
  const digest = /^digest:(\d{4})-(?:W(\d{2})|(\d{2})(?:-(\d{2}))?)$/.exec(key);
  if (digest) {
    const [, year, week, month, day] = digest;
    if (week) return weekLabel(Number(year), Number(week));
    return day ? dayLabel(`${year}-${month}-${day}`) : monthLabel(Number(year), Number(month));
  }
  const alert = /^alert:([a-z-]+):(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (alert) return `${ALERT_RULES[alert[1]] ?? 'alert'} on ${dayLabel(alert[2])}`;
  if (key.startsWith('test:')) return 'test send';
  return 'other';
}
