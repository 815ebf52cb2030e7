import { InvalidDateError } from '../errors';

/**
 * Calendar days in UTC as integers: the day number is the count of days since 1970-01-01
 * (negative before). Pure arithmetic (Hinnant's civil-calendar algorithms), so nothing depends on
 * the machine's time zone or on `Date` parsing quirks.
 */

/** An inclusive range of calendar days, both ends as 'YYYY-MM-DD'. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Number of days in month `m` (1..12) of year `y` (proleptic Gregorian calendar). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when `value` is a string 'YYYY-MM-DD' naming a day that exists (e.g. not 2023-02-29). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // '-'
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by `count` ASCII digits of `s` from `start`; -1 when one is not a digit. */
function digits(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number of an ISO calendar day: days since 1970-01-01.
 * @param iso 'YYYY-MM-DD'
 * @throws InvalidDateError when `iso` is malformed or names a day that does not exist
 */
export function parseDay(iso: string): number {
  if (!isIsoDay(iso)) throw new InvalidDateError(iso);
  return dayNumberOf(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
}

/** Day number of year `y`, month `m` (1..12), day `d` (days_from_civil). */
export function dayNumberOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * ISO calendar day of a day number (civil_from_days).
 * @param day integer day number (days since 1970-01-01)
 */
export function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day `days` after `iso` (negative `days` goes back). */
export function addDays(iso: string, days: number): string {
  return formatDay(parseDay(iso) + days);
}

/** Signed number of days from `from` to `to`: parseDay(to) − parseDay(from). */
export function daysBetween(from: string, to: string): number {
  return parseDay(to) - parseDay(from);
}

/** Number of days in an inclusive range: to − from + 1 (0 when `to` precedes `from`). */
export function rangeLength(range: DateRange): number {
  return Math.max(0, daysBetween(range.from, range.to) + 1);
}

/**
 * Day number `months` calendar months after day number `day`; the day of month is clamped to the
 * target month's length (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonthsToDay(day: number, months: number): number {
  const [y, m, d] = formatDay(day).split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return dayNumberOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Average days per month (365.2425 / 12), for expressing ages in months. */
export const DAYS_PER_MONTH = 30.436875;

/** 'YYYY-MM-DD' of year `y`, month `m` (1..12) and day `d`, or null when no such day exists. */
export function isoDayOf(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger) || y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return formatDay(dayNumberOf(y, m, d));
}

/** ISO weekday of `iso`: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  // Day 0, 1970-01-01, was a Thursday.
  return ((((parseDay(iso) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week `iso` falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** ISO 8601 week of `iso`: weeks start on Monday; week 1 holds its year's first Thursday. */
export function isoWeek(iso: string): { year: number; week: number } {
  const thursday = parseDay(iso) + 4 - isoWeekday(iso);
  const year = Number(formatDay(thursday).slice(0, 4));
  return { year, week: Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1 };
}

/*
 * Instants (Date, or milliseconds since the epoch) and calendar days. A UTC day is 86 400 000 ms in
 * JavaScript time (no leap seconds), so this is the one place that number is written.
 */
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch at 00:00 UTC of day number `day` (e.g. a chart's time axis). */
export function dayNumberToMs(day: number): number {
  return day * DAY_MS;
}

/** 00:00 UTC of day `iso`. */
export function startOfDay(iso: string): Date {
  return new Date(parseDay(iso) * DAY_MS);
}

/** The UTC calendar day of an instant. */
export function dayOfInstant(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return formatDay(Math.floor(ms / DAY_MS));
}

/** The instant `days` × 24 hours before `instant` (negative `days`: after). */
export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS);
}
