import type { IndexInterval } from '@kem/contracts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar day 'YYYY-MM-DD' as '24 Nov 2026' (or '24 November 2026' with `long`). */
export function formatDay(day: string, long = false): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return `${d} ${(long ? LONG_MONTHS : MONTHS)[m - 1]} ${y}`;
}

/** What one point of a series stands for: the day, the week ending on it, or its month. */
export function formatPeriod(day: string, interval: IndexInterval = 'day'): string {
  if (interval === 'week') return `Week to ${formatDay(day)}`;
  if (interval === 'month') {
    const [y, m] = day.split('-').map(Number);
    return `${LONG_MONTHS[m - 1]} ${y}`;
  }
  return formatDay(day);
}

export const INTERVAL_WORDS: Readonly<Record<IndexInterval, string>> = {
  day: 'daily values',
  week: 'weekly averages',
  month: 'monthly averages',
};

/** A number with a sign and fixed decimals, using a true minus: '+3.2', '−0.7', '0.0'. */
export function formatSigned(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A share 0..1 as a percentage for people: '34 %', '0.4 %', '<0.1 %'. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  if (pct !== 0 && Math.abs(pct) < 0.1) return '<0.1 %';
  return `${Math.abs(pct) < 10 ? pct.toFixed(1) : pct.toFixed(0)} %`;
}

/**
 * Milliseconds of a calendar day at local midnight: chart.js draws time axes in the browser's zone,
 * so a UTC timestamp would show the previous day west of Greenwich.
 */
export function dayToTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}
