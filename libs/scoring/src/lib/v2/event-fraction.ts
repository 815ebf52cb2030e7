import { expNegative } from '../methods/exp-negative';
import { createPressureWorkspace, decayingPressure, eventPressureAt, type PressureWorkspace } from '../methods/decaying-pressure';
import { scoreMetric } from '../methods/metric';
import type { PreparedIndicatorV2 } from './prepare-v2';

/**
 * The event part of a version-2 score as a fraction g of the headroom above the floor:
 *   event pressure / stage enforcement:  g = 1 − e^(−x/k), x = Σ families' held-then-halving impacts;
 *   metric:                               g = u/100, the normalised observation in force (NaN before one).
 */
export function eventFractionSeries(
  indicator: PreparedIndicatorV2,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
  workspace: PressureWorkspace = createPressureWorkspace(days),
): Float64Array {
  if (indicator.metric !== null) {
    scoreMetric(indicator.metric, fromDay, days, out);
    for (let i = 0; i < days; i++) out[i] /= 100;
    return out;
  }
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return out.fill(0, 0, days);
  decayingPressure(families.spans, families.impacts, p.halfLifeDays, fromDay, days, out, workspace);
  const inv = 1 / p.saturation;
  for (let i = 0; i < days; i++) out[i] = 1 - expNegative(out[i] * inv);
  return out;
}

/** x(day): the pressure of every family on one day (closed form); 0 for a metric. */
export function pressureAt(indicator: PreparedIndicatorV2, day: number): number {
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return 0;
  let x = 0;
  const { start, end, count } = families.spans;
  for (let j = 0; j < count && start[j] <= day; j++) x += eventPressureAt(start[j], end[j], families.impacts[j], p.halfLifeDays, day);
  return x;
}

/** g on one day (closed form, for days outside a scored range). */
export function eventFractionAt(indicator: PreparedIndicatorV2, day: number): number {
  if (!Number.isFinite(day)) return 0;
  if (indicator.metric !== null) return scoreMetric(indicator.metric, day, 1)[0] / 100;
  const p = indicator.pressureParameters;
  return p === null ? 0 : 1 - expNegative(pressureAt(indicator, day) / p.saturation);
}

/** x(t), the family pressure, for t = fromDay … fromDay + days − 1 (zeros for a metric). */
export function pressureSeriesV2(indicator: PreparedIndicatorV2, fromDay: number, days: number): Float64Array {
  const out = new Float64Array(days);
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return out;
  return decayingPressure(families.spans, families.impacts, p.halfLifeDays, fromDay, days, out);
}
