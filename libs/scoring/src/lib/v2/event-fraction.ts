import { freshDecayClock } from '../freshness/freshness';
import { expNegative } from '../methods/exp-negative';
import { dailySeries } from '../methods/daily-series';
import { decayingPressure, eventPressureAt } from '../methods/decaying-pressure';
import { scoreMetric } from '../methods/metric';
import type { PreparedIndicatorV2 } from './prepare-v2';

/**
 * The event part of a version-2 score as a fraction g of the headroom above the floor:
 *   event pressure / stage enforcement:  g = 1 − e^(−x/k), x = Σ families' held-then-halving impacts,
 *                                         ageing only on the indicator's fresh days (freshDecayClock);
 *   metric:                               g = u/100, the normalised observation in force (NaN before one).
 */
export const eventFractionSeries = dailySeries<PreparedIndicatorV2>((indicator, fromDay, days, out, workspace) => {
  if (indicator.metric !== null) {
    scoreMetric(indicator.metric, fromDay, days, out);
    for (let i = 0; i < days; i++) out[i] /= 100;
    return out;
  }
  const p = indicator.pressureParameters;
  if (p === null) return out.fill(0, 0, days);
  pressureSeriesV2(indicator, fromDay, days, out, workspace);
  const inv = 1 / p.saturation;
  for (let i = 0; i < days; i++) out[i] = 1 - expNegative(out[i] * inv);
  return out;
});

/** x(t), the family pressure, for t = fromDay … fromDay + days − 1 (zeros for a metric). */
export const pressureSeriesV2 = dailySeries<PreparedIndicatorV2>((indicator, fromDay, days, out, workspace) => {
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return out.fill(0, 0, days);
  const clock = freshDecayClock(indicator.freshness);
  return decayingPressure(families.spans, families.impacts, p.halfLifeDays, fromDay, days, out, workspace, clock);
});

/** Pressure of each impact increment on `day` (closed form of pressureSeriesV2) and their total x(day). */
export function incrementPressures(indicator: PreparedIndicatorV2, day: number): { perIncrement: Float64Array; total: number } {
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return { perIncrement: new Float64Array(0), total: 0 };
  const clock = freshDecayClock(indicator.freshness);
  const { start, end, count } = families.spans;
  const perIncrement = new Float64Array(count);
  let total = 0;
  for (let j = 0; j < count && start[j] <= day; j++) {
    total += perIncrement[j] = eventPressureAt(start[j], end[j], families.impacts[j], p.halfLifeDays, day, clock);
  }
  return { perIncrement, total };
}
