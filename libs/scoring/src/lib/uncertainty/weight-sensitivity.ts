import { aggregateScores, coveredWeight } from '../composite/aggregation';
import type { CompactIndexSeries } from '../composite/composite-index';
import { ScoringParameterError } from '../errors';
import { dayIndex } from '../model/series';

/**
 * Sensitivity of the index on one date to each raw weight w_i (W = Σ w over covered indicators):
 *   arithmetic:  ∂I/∂w_i = (s_i − I) / W
 *   geometric:   ∂I/∂w_i = (I + ε) · (ln(s_i + ε) − ln(I + ε)) / W
 * (0 for an indicator without data; for a weight-0 indicator with data, the one-sided derivative of
 * giving it a little weight). Raising a weight helps the index exactly when that indicator's score is
 * above the index. Also reports the index after raising w_i by `relativeBump` (default +10 %), all
 * other weights unchanged — a weight of 0 stays 0, so its change is 0.
 */
export interface WeightSensitivity {
  readonly key: string;
  readonly weight: number;
  /** ŵ_i = w_i / W (0 when not covered). */
  readonly normalisedWeight: number;
  readonly score: number | null;
  /** ∂I/∂w_i, in index points per unit of raw weight. */
  readonly derivative: number;
  /** I after w_i → w_i · (1 + relativeBump). */
  readonly bumpedIndex: number;
  readonly indexChange: number;
}

export interface IndexSensitivity {
  readonly date: string;
  readonly index: number;
  readonly relativeBump: number;
  readonly indicators: readonly WeightSensitivity[];
}

/**
 * Weight sensitivity of the index on `date` (see above).
 * @param relativeBump finite, > −1 (default 0.1 = +10 %)
 * @throws ScoringParameterError (`date`, `relativeBump`)
 */
export function weightSensitivity(index: CompactIndexSeries, date: string, relativeBump = 0.1): IndexSensitivity {
  if (typeof relativeBump !== 'number' || !Number.isFinite(relativeBump) || relativeBump <= -1) {
    throw new ScoringParameterError('relativeBump', 'must be a finite number > −1', relativeBump);
  }
  const t = dayIndex(index.from, index.days, date);
  if (t < 0) throw new ScoringParameterError('date', `must be within ${index.from}..${index.to}`, date);
  const value = index.values[t];
  if (Number.isNaN(value)) throw new ScoringParameterError('date', 'the index has no value on this date', date);
  const scores = index.scores.map((s) => s[t]);
  const peak = index.peakChannel ?? 0;
  const method = { aggregation: index.aggregation, geometricOffset: index.geometricOffset, peakChannel: peak };
  const total = coveredWeight(scores, index.weights);
  // the mean M under the peak-channel term: ∂I/∂w_i = (1 − λ)·∂M/∂w_i (the maximum does not depend on weights)
  const mean = peak > 0 ? aggregateScores(scores, index.weights, { ...method, peakChannel: 0 }) : value;
  const eps = index.geometricOffset;
  const bumped = Float64Array.from(index.weights);
  const indicators = index.keys.map((key, i): WeightSensitivity => {
    const s = scores[i];
    const w = index.weights[i];
    const hasData = !Number.isNaN(s);
    let derivative = 0;
    if (hasData) {
      derivative =
        (1 - peak) *
        (index.aggregation === 'arithmetic' ? (s - mean) / total : ((mean + eps) * (Math.log(s + eps) - Math.log(mean + eps))) / total);
    }
    bumped[i] = w * (1 + relativeBump);
    const bumpedIndex = aggregateScores(scores, bumped, method);
    bumped[i] = w;
    return {
      key,
      weight: w,
      normalisedWeight: hasData && w > 0 ? w / total : 0,
      score: hasData ? s : null,
      derivative,
      bumpedIndex,
      indexChange: bumpedIndex - value,
    };
  });
  return { date, index: value, relativeBump, indicators };
}
