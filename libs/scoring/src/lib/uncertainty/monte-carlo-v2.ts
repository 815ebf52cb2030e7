import { resolveAggregation, type AggregationOptions } from '../composite/aggregation';
import { formatDay, type DateRange } from '../dates/calendar-day';
import { resolveWeights, type WeightMap } from '../composite/weights';
import { ScoringParameterError } from '../errors';
import { toDayRange } from '../methods/score-indicators';
import { scoreIndicatorV2, type ScoreV2Options } from '../v2/score-v2';
import type { PreparedEvidenceV2 } from '../v2/prepare-v2';
import { DrawSums } from './draw-sums';
import { IndicatorDrawV2 } from './indicator-draw-v2';
import { QuantileSelector } from './quantiles';
import { sampleDirichlet, SeededRandom, standardNormal } from './seeded-random';

/**
 * Monte Carlo uncertainty of the version-2 index. Each draw
 *   weights      Dirichlet(c·ŵ) around the chosen weights (as version 1);
 *   severities   each event family's severity moves ±1 with probability q (its impact increments
 *                scale by p(σ′)/p(σ));
 *   constants    each saturation k is multiplied by e^(σ_k·z), z ~ N(0, 1);
 *   λ            uniform within ±`peakChannelSpread` of the chosen λ, clipped to [0, 1];
 *   staleness    a stale indicator's score moves by u·spread(t), u ~ U(−1, 1) per indicator and draw
 * then scores s = F + (100 − F)(1 − e^(−x/k)) (ended events ageing only on fresh days, unmonitored
 * days left out) and the index M + λ(max − M), M the profile's weighted arithmetic or shifted geometric
 * mean (composite/aggregation). Returns the 5th, 50th and 95th percentiles per day;
 * `onDraw` sees each draw's parameters and index (for sensitivity analysis and logs; the index array
 * is reused afterwards, copy it to keep it).
 *
 * Speed: what is the same in every draw is worked out once (IndicatorDrawV2, DrawSums), so a draw
 * costs one pressure recursion and one saturation per indicator and day; 1,000 draws over 10 years
 * of 8 indicators are benchmarked by `npm run bench:scoring`.
 */
export interface MonteCarloV2Options {
  readonly draws?: number;
  readonly seed?: number;
  readonly weightConcentration?: number;
  readonly severityShiftProbability?: number;
  readonly saturationLogSd?: number;
  readonly peakChannelSpread?: number;
  readonly perturbWeights?: boolean;
  readonly perturbSeverity?: boolean;
  readonly perturbSaturation?: boolean;
  readonly perturbPeakChannel?: boolean;
  readonly perturbStaleness?: boolean;
  readonly onDraw?: (parameters: DrawParametersV2, index: Float64Array) => void;
}

export interface DrawParametersV2 {
  readonly draw: number;
  readonly weights: readonly number[];
  readonly saturationFactors: readonly number[];
  /** Severity shift per family, per indicator (−1, 0, +1). */
  readonly severityShifts: readonly (readonly number[])[];
  readonly peakChannel: number;
  readonly staleShifts: readonly number[];
}

export interface IndexUncertaintyV2 {
  readonly from: string;
  readonly to: string;
  readonly draws: number;
  readonly seed: number;
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
}

/**
 * Percentile band of the version-2 index over `range` (see above).
 * @param aggregation the profile's aggregation (arithmetic or geometric mean, ε) and peak-channel λ;
 *                    a number is λ over the arithmetic mean
 * @throws ScoringParameterError for an invalid option or aggregation; InvalidWeightsError for invalid weights
 */
export function simulateIndexUncertaintyV2(
  prepared: PreparedEvidenceV2,
  range: DateRange,
  weights: WeightMap,
  aggregation: AggregationOptions | number,
  options: MonteCarloV2Options = {},
  scoreOptions: ScoreV2Options = {},
): IndexUncertaintyV2 {
  const o = {
    draws: options.draws ?? 1000,
    seed: options.seed ?? 1,
    c: options.weightConcentration ?? 100,
    q: options.severityShiftProbability ?? 2 / 3,
    sk: options.saturationLogSd ?? 0.25,
    dl: options.peakChannelSpread ?? 0.1,
  };
  if (!Number.isInteger(o.draws) || o.draws < 1) throw new ScoringParameterError('draws', 'must be an integer ≥ 1', o.draws);
  const method = resolveAggregation(typeof aggregation === 'number' ? { peakChannel: aggregation } : aggregation);
  const peakChannel = method.peakChannel ?? 0;
  const flags = {
    weights: options.perturbWeights ?? true,
    severity: options.perturbSeverity ?? true,
    saturation: options.perturbSaturation ?? true,
    peak: options.perturbPeakChannel ?? true,
    stale: options.perturbStaleness ?? true,
  };
  const { fromDay, days } = toDayRange(range);
  const w = resolveWeights(
    prepared.indicators.map((i) => i.key),
    weights,
  );
  const n = prepared.indicators.length;
  const scored = prepared.indicators.map((ind) => scoreIndicatorV2(ind, fromDay, days, scoreOptions));
  const models = prepared.indicators.map((indicator, i) => new IndicatorDrawV2(indicator, scored[i], fromDay));
  const sums = new DrawSums(
    days,
    method,
    models.map((m) => m.coverage),
  );
  const rng = new SeededRandom(o.seed);
  const weightSum = w.reduce((a, b) => a + b, 0);
  const alphas = w.map((x) => (o.c * x) / weightSum);
  const drawWeights = Float64Array.from(w);
  const results = new Float64Array(days * o.draws);
  const batch = new Float64Array(DRAW_BATCH * days);
  const logging = options.onDraw !== undefined;
  for (let d = 0; d < o.draws; d++) {
    if (flags.weights) sampleDirichlet(rng, alphas, drawWeights);
    const lambda = flags.peak ? Math.min(1, Math.max(0, peakChannel + (2 * rng.nextFloat() - 1) * o.dl)) : peakChannel;
    const saturationFactors: number[] = [];
    const severityShifts: number[][] = [];
    const staleShifts: number[] = [];
    sums.reset(drawWeights);
    for (let i = 0; i < n; i++) {
      const m = models[i];
      const factor = flags.saturation ? Math.exp(o.sk * standardNormal(rng)) : 1;
      const u = flags.stale ? 2 * rng.nextFloat() - 1 : 0;
      const shifts: number[] = [];
      for (let f = 0; f < m.familyCount; f++) {
        let shift = 0;
        if (flags.severity) {
          const r = rng.nextFloat();
          shift = r < o.q / 2 ? -1 : r < o.q ? 1 : 0;
        }
        m.shiftFamily(f, shift);
        if (logging) shifts.push(shift);
      }
      // an indicator without weight is left out of the composite (its random numbers are still drawn)
      if (drawWeights[i] > 0) m.accumulate(m.saturation * factor, u, drawWeights[i], sums);
      if (logging) {
        saturationFactors.push(factor);
        staleShifts.push(u);
        severityShifts.push(shifts);
      }
    }
    // each draw goes to a small batch, transposed from there so that each day's draws end up contiguous (cache-friendly)
    const b = d % DRAW_BATCH;
    sums.finish(lambda, batch, b * days);
    if (b === DRAW_BATCH - 1 || d === o.draws - 1) {
      for (let t = 0; t < days; t++) {
        const row = t * o.draws + d - b;
        for (let k = 0; k <= b; k++) results[row + k] = batch[k * days + t];
      }
    }
    if (logging)
      options.onDraw?.(
        { draw: d, weights: Array.from(drawWeights), saturationFactors, severityShifts, peakChannel: lambda, staleShifts },
        batch.subarray(b * days, (b + 1) * days),
      );
  }
  const p5 = new Float64Array(days);
  const p50 = new Float64Array(days);
  const p95 = new Float64Array(days);
  const q = new Float64Array(3);
  const selector = new QuantileSelector(o.draws, [0.05, 0.5, 0.95]);
  for (let t = 0; t < days; t++) {
    selector.select(results, t * o.draws, q);
    p5[t] = q[0];
    p50[t] = q[1];
    p95[t] = q[2];
  }
  return { from: formatDay(fromDay), to: formatDay(fromDay + days - 1), draws: o.draws, seed: o.seed, p5, p50, p95 };
}

const DRAW_BATCH = 32;
