import { addDays } from '@kem/scoring';

/**
 * The days a date field may hold, relative to today (the API's clock): one home for "which days
 * are sane", so events, observations, CSV rows, list filters and index ranges agree.
 */
export interface DayBounds {
  /** First allowed day, YYYY-MM-DD. */
  earliest: string;
  /** How many days after today the last allowed day is. */
  daysAfterToday: number;
  /** What the range is, for error messages, e.g. "the days the index holds". */
  describe: string;
}

/** Kazakhstan's independence: no evidence about the exposure index can be older. */
export const EARLIEST_EVIDENCE_DAY = '1991-12-16';

/**
 * Evidence (events, observations, CSV rows) and the list filters over records: from independence
 * to one year ahead (announced measures, e.g. a law taking effect next year).
 */
export const EVIDENCE_DAYS: DayBounds = {
  earliest: EARLIEST_EVIDENCE_DAY,
  daysAfterToday: 366,
  describe: 'from independence to a year ahead',
};

/** The last allowed day of `bounds` when today is `today`. */
export function latestDay(bounds: DayBounds, today: string): string {
  return addDays(today, bounds.daysAfterToday);
}

/** Why `day` is outside `bounds`, or null when it is inside. */
export function dayOutside(day: string, bounds: DayBounds, today: string): string | null {
  const last = latestDay(bounds, today);
  if (day < bounds.earliest || day > last) return `must be a day between ${bounds.earliest} and ${last} (${bounds.describe})`;
  return null;
}
