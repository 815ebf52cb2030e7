import { formatDay, parseDay } from '../dates/calendar-day';

/**
 * Daily score series of one indicator: `values[i]` is the score on day `from + i`, in [0, 100],
 * or NaN when the indicator has no data yet on that day (a metric before its first observation).
 */
export interface IndicatorSeries {
  readonly key: string;
  readonly from: string;
  readonly values: Float64Array;
}

/** A range of whole days, `from` to `to` inclusive: every series over it has `days` values. */
export interface DaySpan {
  readonly from: string;
  readonly to: string;
  /** Number of days (length of every series). */
  readonly days: number;
}

/** All indicator series over one date range, aligned day by day: what the index is computed from. */
export interface ScoredHistory extends DaySpan {
  readonly series: readonly IndicatorSeries[];
}

/** Index of `date` in a series starting at `from`, or -1 when outside [from, from + length). */
export function dayIndex(from: string, length: number, date: string): number {
  const i = parseDay(date) - parseDay(from);
  return i >= 0 && i < length ? i : -1;
}

/** The ISO date of position `index` in a series starting at `from`. */
export function dateAtIndex(from: string, index: number): string {
  return formatDay(parseDay(from) + index);
}

/** Score of a series on `date`; NaN when the date is outside the series or has no data. */
export function seriesValueAt(series: IndicatorSeries, date: string): number {
  const i = dayIndex(series.from, series.values.length, date);
  return i < 0 ? Number.NaN : series.values[i];
}
