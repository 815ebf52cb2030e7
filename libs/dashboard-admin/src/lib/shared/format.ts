const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** An instant as "24 Nov 2026, 11:42 UTC" (the product shows times in UTC). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${DATE_TIME.format(time)} UTC`;
}

/** A calendar day (YYYY-MM-DD) or instant as "22 Mar 2022". */
export function formatDay(day: string | number): string {
  const time = typeof day === 'number' ? day : Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
  return Number.isNaN(time) ? String(day) : DAY.format(time);
}

/** A change with its sign: "+2.5", "−1.0", "0.0". */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** "Weighted mean" / "Geometric mean" for an aggregation method. */
export function methodLabel(method: string): string {
  return method === 'geometric' ? 'Geometric mean' : method === 'arithmetic' ? 'Weighted mean' : method;
}
