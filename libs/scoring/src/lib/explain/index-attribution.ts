import { aggregateScores, peakShares, type AggregationMethod } from '../composite/aggregation';
import type { CompactIndexSeries } from '../composite/composite-index';
import { normalisedWeights } from '../composite/covered-weights';
import { ScoringParameterError } from '../errors';
import { dayIndex } from '../model/series';

/**
 * Exact attribution of an index change I(t1) − I(t0) to indicators.
 *
 * Notation: ŵ_i(t) = w_i / W(t) if i is covered at t (data and w_i > 0), else 0; bars are midpoints
 * between the two dates, Δ the change.
 *
 * Arithmetic mean. Each indicator's change is the change of its contribution,
 *   Δc_i = ŵ_i(t1) s_i(t1) − ŵ_i(t0) s_i(t0),        Σ_i Δc_i = ΔI exactly,
 * split by the midpoint identity a1b1 − a0b0 = ā·Δb + Δa·b̄ into
 *   scoreEffect_i    = w̄_i · Δs_i          (the indicator's own movement)
 *   coverageEffect_i = Δŵ_i · s̄_i          (renormalisation when another indicator enters or leaves).
 * With unchanged coverage Δŵ = 0 and this is ΔI = Σ (w_i/Σw)(s_i(t1) − s_i(t0)). An indicator that
 * enters (or leaves) coverage has no score effect: its whole Δc_i is coverage effect.
 *
 * Geometric mean (log decomposition, LMDI). With l_i = ln(s_i + ε), ln(I + ε) = Σ ŵ_i l_i, so
 *   ΔI = (I1 + ε) − (I0 + ε) = Λ · Δln(I + ε) = Σ_i Λ · Δ(ŵ_i l_i),
 * where Λ = ((I1 + ε) − (I0 + ε)) / (ln(I1 + ε) − ln(I0 + ε)) is the logarithmic mean (Λ = I + ε when
 * equal). Each Λ·Δ(ŵ_i l_i) is split by the same midpoint identity into score and coverage effects.
 *
 * Peak channel λ > 0: I = (1 − λ)·M + λ·max, so each indicator's change is (1 − λ) times its change
 * of the mean M (as above, with Λ taken on M) plus λ·Δ(π_i s_i), π_i its peak share (1/ties when it
 * attains the maximum, else 0); the latter splits into π̄_i Δs_i (score effect) and Δπ_i s̄_i
 * (counted with the coverage effect: the peak moved to another indicator).
 */
export interface IndicatorAttribution {
  readonly key: string;
  /** both = covered at both dates; entered / left = covered only at t1 / t0; absent = at neither. */
  readonly status: 'both' | 'entered' | 'left' | 'absent';
  readonly scoreFrom: number | null;
  readonly scoreTo: number | null;
  /** ŵ_i at t0 and t1 (0 when not covered). */
  readonly weightFrom: number;
  readonly weightTo: number;
  /** scoreEffect + coverageEffect; these sum to the index change over all indicators. */
  readonly change: number;
  readonly scoreEffect: number;
  readonly coverageEffect: number;
  /**
   * Index points per point of this indicator's score change (scoreEffect / Δs_i; the derivative when
   * Δs_i = 0): multiply a within-indicator attribution by it to express it in index points.
   */
  readonly indexPointsPerScorePoint: number;
}

export interface IndexChangeAttribution {
  readonly from: string;
  readonly to: string;
  readonly indexFrom: number;
  readonly indexTo: number;
  /** I(t1) − I(t0) = Σ indicators[i].change (up to rounding). */
  readonly change: number;
  readonly aggregation: AggregationMethod;
  readonly indicators: readonly IndicatorAttribution[];
  readonly entered: readonly string[];
  readonly left: readonly string[];
}

/**
 * Attributes I(to) − I(from) to the indicators (formulas above). `from` may be after `to`.
 * @throws ScoringParameterError (`from` / `to`) when a date is outside the index or the index has no value on it
 */
export function attributeIndexChange(index: CompactIndexSeries, from: string, to: string): IndexChangeAttribution {
  const t0 = indexDay(index, from, 'from');
  const t1 = indexDay(index, to, 'to');
  const geometric = index.aggregation === 'geometric';
  const eps = index.geometricOffset;
  const peak = index.peakChannel ?? 0;
  const i0 = index.values[t0];
  const i1 = index.values[t1];
  const scores0 = index.scores.map((s) => s[t0]);
  const scores1 = index.scores.map((s) => s[t1]);
  const meanMethod = { aggregation: index.aggregation, geometricOffset: eps, peakChannel: 0 };
  const m0 = aggregateScores(scores0, index.weights, meanMethod);
  const m1 = aggregateScores(scores1, index.weights, meanMethod);
  const lambda = (1 - peak) * (geometric ? logarithmicMean(m1 + eps, m0 + eps) : 1);
  const w0 = normalisedWeights(index, t0);
  const w1 = normalisedWeights(index, t1);
  const pi0 = peakShares(scores0, index.weights);
  const pi1 = peakShares(scores1, index.weights);
  const entered: string[] = [];
  const left: string[] = [];
  const indicators = index.keys.map((key, i): IndicatorAttribution => {
    const s0 = scores0[i];
    const s1 = scores1[i];
    const covered0 = w0[i] > 0;
    const covered1 = w1[i] > 0;
    const status = covered0 && covered1 ? 'both' : covered1 ? 'entered' : covered0 ? 'left' : 'absent';
    if (status === 'entered') entered.push(key);
    if (status === 'left') left.push(key);
    const term = (s: number) => (geometric ? Math.log(s + eps) : s);
    const x0 = covered0 ? term(s0) : 0;
    const x1 = covered1 ? term(s1) : 0;
    const v0 = covered0 ? s0 : 0;
    const v1 = covered1 ? s1 : 0;
    const change = lambda * (w1[i] * x1 - w0[i] * x0) + peak * (pi1[i] * v1 - pi0[i] * v0);
    let scoreEffect = 0;
    let perPoint = 0;
    if (status === 'both') {
      const wMid = (w0[i] + w1[i]) / 2;
      const piMid = (pi0[i] + pi1[i]) / 2;
      scoreEffect = lambda * wMid * (x1 - x0) + peak * piMid * (s1 - s0);
      const slope = !geometric ? 1 : s1 !== s0 ? (x1 - x0) / (s1 - s0) : 1 / (s0 + eps);
      perPoint = lambda * wMid * slope + peak * piMid;
    }
    return {
      key,
      status,
      scoreFrom: Number.isNaN(s0) ? null : s0,
      scoreTo: Number.isNaN(s1) ? null : s1,
      weightFrom: w0[i],
      weightTo: w1[i],
      change,
      scoreEffect,
      coverageEffect: change - scoreEffect,
      indexPointsPerScorePoint: perPoint,
    };
  });
  return { from, to, indexFrom: i0, indexTo: i1, change: i1 - i0, aggregation: index.aggregation, indicators, entered, left };
}

/** Logarithmic mean (a − b)/(ln a − ln b) of positive a, b; a when they are (nearly) equal. */
export function logarithmicMean(a: number, b: number): number {
  if (Math.abs(a - b) <= 1e-12 * Math.max(a, b)) return (a + b) / 2;
  return (a - b) / (Math.log(a) - Math.log(b));
}

function indexDay(index: CompactIndexSeries, date: string, parameter: 'from' | 'to'): number {
  const t = dayIndex(index.from, index.days, date);
  if (t < 0) throw new ScoringParameterError(parameter, `must be within ${index.from}..${index.to}`, date);
  if (Number.isNaN(index.values[t])) throw new ScoringParameterError(parameter, 'the index has no value on this date', date);
  return t;
}
