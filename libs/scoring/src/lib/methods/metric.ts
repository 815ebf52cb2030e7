import type { Observation } from '../model/evidence';
import type { MetricMethod, ScoringMethod } from '../model/indicator';
import { compileObservations, type CompiledObservations } from './compile-evidence';

/** The observation series metric indicator `key` is scored on: the method's `series`, else the series named like the indicator. */
export function metricSeries(key: string, method: MetricMethod): string {
  return method.series ?? key;
}

/** The observation series an indicator is scored on (see metricSeries); null for one scored from events. */
export function scoredSeries(indicator: { readonly key: string; readonly method: ScoringMethod }): string | null {
  return indicator.method.kind === 'metric' ? metricSeries(indicator.key, indicator.method) : null;
}

/**
 * Metric scoring: each observation is normalised once, then carried forward to every later day
 * until the next observation. No data (NaN) before the first observation.
 *
 * Goalposts:   u = clip((v − lo)/(hi − lo), 0, 1) · 100
 * Percentile:  u = (#{earlier-or-same-day values < v} + ½·#{… = v, v itself included}) / n · 100,
 *              the mid-rank of v among the n observations up to its day (expanding window, so a new
 *              observation never rewrites past scores); no score until n ≥ minObservations.
 * Direction:   s = u when higher is riskier, s = 100 − u when higher is safer.
 */
export interface PreparedMetric {
  readonly kind: 'metric';
  readonly key: string;
  readonly method: MetricMethod;
  readonly observations: CompiledObservations;
  /** s for each compiled observation (NaN while percentile history is too short). */
  readonly observationScores: Float64Array;
}

/** Validates, compiles and normalises the observations of a metric indicator. */
export function prepareMetric(key: string, method: MetricMethod, observations: readonly Observation[]): PreparedMetric {
  const compiled = compileObservations(key, observations);
  return { kind: 'metric', key, method, observations: compiled, observationScores: normaliseObservations(method, compiled.values) };
}

/**
 * Score of each value in chronological order (formulas above).
 * @param values observed values, oldest first
 */
export function normaliseObservations(method: MetricMethod, values: Float64Array): Float64Array {
  const n = method.normalisation;
  const riskier = method.direction === 'higher_is_riskier';
  const scores = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++) {
    let u: number;
    if (n.kind === 'goalposts') {
      u = goalpostScore(values[j], n.lo, n.hi);
    } else if (j + 1 < n.minObservations) {
      u = Number.NaN;
    } else {
      u = midRankPercentile(values, j);
    }
    scores[j] = riskier ? u : 100 - u;
  }
  return scores;
}

/** clip((v − lo)/(hi − lo), 0, 1) · 100, for lo < hi. */
export function goalpostScore(value: number, lo: number, hi: number): number {
  const u = (value - lo) / (hi - lo);
  return (u < 0 ? 0 : u > 1 ? 1 : u) * 100;
}

/** Mid-rank percentile of values[j] among values[0..j]: (below + ½·equal)/(j + 1)·100. */
function midRankPercentile(values: Float64Array, j: number): number {
  const v = values[j];
  let below = 0;
  let equal = 0;
  for (let i = 0; i <= j; i++) {
    if (values[i] < v) below++;
    else if (values[i] === v) equal++;
  }
  return ((below + 0.5 * equal) / (j + 1)) * 100;
}

/** Daily scores for t = fromDay … fromDay + days − 1: the latest observation on or before t, else NaN. */
export function scoreMetric(
  prepared: PreparedMetric,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
): Float64Array {
  const { days: obsDays } = prepared.observations;
  let next = 0;
  let current = Number.NaN;
  for (let i = 0; i < days; i++) {
    const day = fromDay + i;
    while (next < obsDays.length && obsDays[next] <= day) current = prepared.observationScores[next++];
    out[i] = current;
  }
  return out;
}
