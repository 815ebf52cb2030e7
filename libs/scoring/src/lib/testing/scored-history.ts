import { addDays } from '../dates/calendar-day';
import type { ScoredHistory } from '../model/series';

/** A scored history from literal daily scores by indicator key (NaN = no data), from `from` on. */
export function historyOf(scores: Record<string, number[]>, from = '2024-01-01'): ScoredHistory {
  const series = Object.entries(scores).map(([key, values]) => ({ key, from, values: Float64Array.from(values) }));
  const days = series[0].values.length;
  return { from, to: addDays(from, days - 1), days, series };
}
