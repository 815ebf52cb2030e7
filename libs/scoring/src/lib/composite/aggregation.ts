import { ScoringParameterError } from '../errors';

/**
 * The two aggregation formulas of the composite index, over the indicators covered at a date
 * (C = indicators with data and w_i > 0; W = Σ_{i∈C} w_i; ŵ_i = w_i / W, renormalised per date).
 *
 * Arithmetic (default):  I = Σ_{i∈C} ŵ_i s_i,            contribution c_i = ŵ_i s_i.
 * Geometric:             I = exp(Σ_{i∈C} ŵ_i ln(s_i + ε)) − ε,
 *                        contribution c_i = I · ŵ_i ln(s_i + ε) / Σ_j ŵ_j ln(s_j + ε)   (0 when the sum is 0).
 *
 * Zeros in the geometric mean: a plain geometric mean is 0 as soon as one indicator is 0 and has no
 * logarithm there. We use the shifted geometric mean with offset ε (`geometricOffset`, default 1 score
 * point) rather than a floor max(s, ε): it maps all-zero scores to 0, stays between the smallest and
 * largest component, is never above the arithmetic mean, and with ε ≥ 1 every log term is ≥ 0 so
 * contributions are non-negative shares of the index (the log decomposition above).
 *
 * When nothing is covered at a date (W = 0) the index has no value (NaN).
 */
export type AggregationMethod = 'arithmetic' | 'geometric';

export interface AggregationOptions {
  /** 'arithmetic' (default) or 'geometric'. */
  readonly aggregation?: AggregationMethod;
  /** ε > 0 of the shifted geometric mean, in score points (default 1). */
  readonly geometricOffset?: number;
}

export interface ResolvedAggregation {
  readonly aggregation: AggregationMethod;
  readonly geometricOffset: number;
}

/** Fills defaults and validates. @throws ScoringParameterError for an unknown method or ε ≤ 0 / NaN */
export function resolveAggregation(options: AggregationOptions = {}): ResolvedAggregation {
  const aggregation = options.aggregation ?? 'arithmetic';
  if (aggregation !== 'arithmetic' && aggregation !== 'geometric') {
    throw new ScoringParameterError('aggregation', "must be 'arithmetic' or 'geometric'", aggregation);
  }
  const geometricOffset = options.geometricOffset ?? 1;
  if (typeof geometricOffset !== 'number' || !Number.isFinite(geometricOffset) || geometricOffset <= 0) {
    throw new ScoringParameterError('geometricOffset', 'must be a finite number > 0', geometricOffset);
  }
  return { aggregation, geometricOffset };
}

/**
 * Index value at one date, with each indicator's contribution (formulas above).
 * @param scores        s_i (NaN = no data)
 * @param weights       w_i ≥ 0, aligned with scores
 * @param contributions receives c_i for covered indicators and NaN for the others; Σ c_i = I
 * @returns I, or NaN when nothing is covered
 */
export function aggregateScores(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  method: ResolvedAggregation,
  contributions: Float64Array = new Float64Array(scores.length),
): number {
  const n = scores.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (weights[i] > 0 && !Number.isNaN(scores[i])) total += weights[i];
  contributions.fill(Number.NaN, 0, n);
  if (total === 0) return Number.NaN;
  if (method.aggregation === 'arithmetic') {
    let index = 0;
    for (let i = 0; i < n; i++) {
      if (weights[i] > 0 && !Number.isNaN(scores[i])) {
        const c = (weights[i] / total) * scores[i];
        contributions[i] = c;
        index += c;
      }
    }
    return index;
  }
  const eps = method.geometricOffset;
  let logMean = 0;
  for (let i = 0; i < n; i++) {
    if (weights[i] > 0 && !Number.isNaN(scores[i])) {
      const term = (weights[i] / total) * Math.log(scores[i] + eps);
      contributions[i] = term;
      logMean += term;
    }
  }
  const index = Math.exp(logMean) - eps;
  const scale = logMean === 0 ? 0 : index / logMean;
  for (let i = 0; i < n; i++) if (!Number.isNaN(contributions[i])) contributions[i] *= scale;
  return index;
}

/**
 * Covered weight total W = Σ w_i over indicators with data and w_i > 0 (0 when none).
 */
export function coveredWeight(scores: ArrayLike<number>, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < scores.length; i++) if (weights[i] > 0 && !Number.isNaN(scores[i])) total += weights[i];
  return total;
}
