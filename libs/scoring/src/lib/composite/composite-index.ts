import type { DaySpan, ScoredHistory } from '../model/series';
import { dayIndex } from '../model/series';
import { aggregateScores, resolveAggregation, type AggregationMethod, type AggregationOptions } from './aggregation';
import { resolveWeights, type WeightMap } from './weights';

/**
 * The composite index over a date range in compact typed-array form (fast to compute and to chart).
 * Arrays are aligned with `keys`; day i is `from + i`.
 */
export interface CompactIndexSeries extends DaySpan {
  readonly keys: readonly string[];
  /** The raw weights used, aligned with keys. */
  readonly weights: Float64Array;
  readonly aggregation: AggregationMethod;
  readonly geometricOffset: number;
  /** λ of the peak-channel term (0 = plain mean). */
  readonly peakChannel: number;
  /** I(t); NaN where no indicator is covered. */
  readonly values: Float64Array;
  /** Per key, c_i(t) in index points (they sum to I(t)); NaN where the indicator is not covered. */
  readonly contributions: readonly Float64Array[];
  /** Per key, the indicator scores s_i(t) the index was computed from (shared with the history). */
  readonly scores: readonly Float64Array[];
}

/**
 * Composite index I(t) of a scored history (formulas in ./aggregation: weighted arithmetic mean by
 * default, shifted weighted geometric mean as an option). Indicators without data at t are left out
 * and the weights renormalised per day.
 *
 * Only weighted sums over precomputed scores: re-weighting (a weight slider) costs O(days × indicators)
 * and never rescores evidence.
 *
 * @param history scores of every indicator (from scoreIndicators / scorePrepared)
 * @param weights one weight per indicator key (see resolveWeights)
 * @param options aggregation method, geometric offset and peak-channel λ
 * @throws InvalidWeightsError, ScoringParameterError
 */
export function computeIndex(history: ScoredHistory, weights: WeightMap, options: AggregationOptions = {}): CompactIndexSeries {
  const keys = history.series.map((s) => s.key);
  const w = resolveWeights(keys, weights);
  const method = resolveAggregation(options);
  const n = keys.length;
  const days = history.days;
  const scores = history.series.map((s) => s.values);
  const values = new Float64Array(days);
  const contributions = keys.map(() => new Float64Array(days));
  const dayScores = new Float64Array(n);
  const dayContributions = new Float64Array(n);
  for (let t = 0; t < days; t++) {
    for (let i = 0; i < n; i++) dayScores[i] = scores[i][t];
    values[t] = aggregateScores(dayScores, w, method, dayContributions);
    for (let i = 0; i < n; i++) contributions[i][t] = dayContributions[i];
  }
  return {
    from: history.from,
    to: history.to,
    days,
    keys,
    weights: w,
    aggregation: method.aggregation,
    geometricOffset: method.geometricOffset,
    peakChannel: method.peakChannel ?? 0,
    values,
    contributions,
    scores,
  };
}

/** I on `date`; NaN when outside the series or nothing is covered. */
export function indexValueAt(index: CompactIndexSeries, date: string): number {
  const t = dayIndex(index.from, index.days, date);
  return t < 0 ? Number.NaN : index.values[t];
}
