import { addMonthsToDay, dayNumberOf, daysInMonth } from '../dates/calendar-day';
import { InvalidEvidenceError } from '../errors';
import type { BaselineComponent } from '../model/indicator';

/**
 * Periods of structural observations: a year 'YYYY' (e.g. a Freedom House edition, a WGI year) or a
 * part-year 'YYYY-MM' ending with that month (e.g. '2025-06' = January–June 2025).
 */
export interface PeriodDays {
  readonly startDay: number;
  readonly endDay: number;
}

const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * First and last day of a period.
 * @throws InvalidEvidenceError (field `period`) for anything but 'YYYY' or 'YYYY-MM'
 */
export function periodDays(period: string, series: string): PeriodDays {
  const year = YEAR.exec(period);
  if (year !== null) {
    const y = Number(year[1]);
    return { startDay: dayNumberOf(y, 1, 1), endDay: dayNumberOf(y, 12, 31) };
  }
  const ym = YEAR_MONTH.exec(period);
  if (ym !== null && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) {
    const y = Number(ym[1]);
    const m = Number(ym[2]);
    return { startDay: dayNumberOf(y, 1, 1), endDay: dayNumberOf(y, m, daysInMonth(y, m)) };
  }
  throw new InvalidEvidenceError('period', `must be 'YYYY' or 'YYYY-MM' (got ${JSON.stringify(period)})`, null, series);
}

/** Day a period's value becomes known under a component's publication rule (start/end of period + lag). */
export function availabilityDay(period: PeriodDays, component: Pick<BaselineComponent, 'availableFrom' | 'lagMonths'>): number {
  const anchor = component.availableFrom === 'period_start' ? period.startDay : period.endDay;
  return addMonthsToDay(anchor, component.lagMonths);
}
