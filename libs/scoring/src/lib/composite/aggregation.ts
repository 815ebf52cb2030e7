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
 *
 * Peak channel (method version 2, optional λ in [0, 1], default 0): a crisis in one channel is not
 * diluted by quiet ones,
 *   I = M + λ·(max_i s_i − M),   M = the mean above, max over covered indicators,
 * decomposed exactly as c_i = (1 − λ)·c_i^M + λ·max·[i attains the max] / (number attaining it).
 */
export type AggregationMethod = 'arithmetic' | 'geometric';

export interface AggregationOptions {
  /** 'arithmetic' (default) or 'geometric'. */
  readonly aggregation?: AggregationMethod;
  /** ε > 0 of the shifted geometric mean, in score points (default 1). */
  readonly geometricOffset?: number;
  /** λ in [0, 1] of the peak-channel term (default 0: the plain mean). */
  readonly peakChannel?: number;
}

export interface ResolvedAggregation {
  readonly aggregation: AggregationMethod;
  readonly geometricOffset: number;
  /** λ; optional so that version-1 callers may pass { aggregation, geometricOffset }. */
  readonly peakChannel?: number;
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
  const peakChannel = options.peakChannel ?? 0;
  if (typeof peakChannel !== 'number' || !(peakChannel >= 0 && peakChannel <= 1)) {
    throw new ScoringParameterError('peakChannel', 'must be a number in [0, 1]', peakChannel);
  }
  return { aggregation, geometricOffset, peakChannel };
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
  const mean = weightedMean(scores, weights, total, method, contributions);
  const lambda = method.peakChannel ?? 0;
  return lambda > 0 ? addPeakChannel(scores, weights, lambda, mean, contributions) : mean;
}

function weightedMean(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  total: number,
  method: ResolvedAggregation,
  contributions: Float64Array,
): number {
  const n = scores.length;
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

/** I = M + λ(max − M) with contributions rescaled and the peak share added (formula above). */
function addPeakChannel(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  lambda: number,
  mean: number,
  contributions: Float64Array,
): number {
  const n = scores.length;
  let max = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let i = 0; i < n; i++) {
    if (!(weights[i] > 0) || Number.isNaN(scores[i])) continue;
    if (scores[i] > max) {
      max = scores[i];
      ties = 1;
    } else if (scores[i] === max) ties++;
  }
  const share = (lambda * max) / ties;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(contributions[i])) continue;
    contributions[i] = (1 - lambda) * contributions[i] + (scores[i] === max ? share : 0);
  }
  return mean + lambda * (max - mean);
}

/**
 * π_i: the peak-channel share of each indicator (1/ties for the covered indicators attaining the
 * maximum score, else 0), written to `out`.
 */
export function peakShares(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  out: Float64Array = new Float64Array(scores.length),
): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!(weights[i] > 0) || Number.isNaN(scores[i])) continue;
    if (scores[i] > max) {
      max = scores[i];
      ties = 1;
    } else if (scores[i] === max) ties++;
  }
  for (let i = 0; i < scores.length; i++) out[i] = weights[i] > 0 && scores[i] === max ? 1 / ties : 0;
  return out;
}
