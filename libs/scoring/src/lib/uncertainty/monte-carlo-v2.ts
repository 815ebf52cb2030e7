import { resolveAggregation, type AggregationOptions } from '../composite/aggregation';
import { formatDay, type DateRange } from '../dates/calendar-day';
import { resolveWeights, type WeightMap } from '../composite/weights';
import { ScoringParameterError } from '../errors';
import { toDayRange } from '../methods/score-indicators';
import { scoreIndicatorV2, type ScoredHistoryV2, type ScoreV2Options } from '../v2/score-v2';
import type { PreparedEvidenceV2 } from '../v2/prepare-v2';
import { coveragePatterns, DrawSums } from './draw-sums';
import { IndicatorDrawV2 } from './indicator-draw-v2';
import { SliceSeriesQuantiles } from './quantiles';
import { sampleDirichlet, SeededRandom, standardNormal } from './seeded-random';
import { SeverityShifts } from './severity-shifts';

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
 * mean (composite/aggregation). Weights and λ come from a random stream of their own (seeded from
 * the seed), the indicators' perturbations from another, so that several profiles can share the
 * indicator draws (simulateIndexUncertaintiesV2). Returns the 5th, 50th and 95th percentiles per day;
 * `onDraw` sees each draw's parameters and index (for sensitivity analysis and logs; the index array
 * is a view into the run's results: copy it to keep it).
 *
 * Speed: what is the same in every draw is worked out once (IndicatorDrawV2, DrawSums), so a draw
 * costs one pressure recursion and one saturation per indicator and day (fewer days when the later
 * ones saturate whatever the draw: IndicatorDrawV2.setSaturation); 1,000 draws over 10 years
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

/** One weight profile whose band a run computes: its weights and aggregation (a number is λ over the arithmetic mean). */
export interface ProfileBandRequest {
  readonly weights: WeightMap;
  readonly aggregation: AggregationOptions | number;
}

export interface MultiProfileMonteCarloV2Options extends Omit<MonteCarloV2Options, 'onDraw'> {
  /** As MonteCarloV2Options.onDraw, for the profile at index `profile` of the request. */
  readonly onDraw?: (profile: number, parameters: DrawParametersV2, index: Float64Array) => void;
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
  const { onDraw, ...rest } = options;
  const each =
    onDraw === undefined ? undefined : (_: number, parameters: DrawParametersV2, index: Float64Array) => onDraw(parameters, index);
  return simulateIndexUncertaintiesV2(prepared, range, [{ weights, aggregation }], { ...rest, onDraw: each }, scoreOptions)[0];
}

/**
 * Bands of several weight profiles from one set of draws: the indicator scores of a draw (severities,
 * saturation constants, staleness) do not depend on the profile, so they are drawn and computed
 * once and added into each profile's composite; each profile's weights and λ are perturbed from its
 * own random stream. A profile's band equals the one simulateIndexUncertaintyV2 gives it alone with
 * the same seed.
 * @param scored the scores of `prepared` over `range` with `scoreOptions` (scorePreparedV2), when the
 *               caller has them already; scored here otherwise
 * @throws as simulateIndexUncertaintyV2; ScoringParameterError when `scored` covers other days or indicators
 */
export function simulateIndexUncertaintiesV2(
  prepared: PreparedEvidenceV2,
  range: DateRange,
  profiles: readonly ProfileBandRequest[],
  options: MultiProfileMonteCarloV2Options = {},
  scoreOptions: ScoreV2Options = {},
  scored?: ScoredHistoryV2,
): IndexUncertaintyV2[] {
  const o = {
    draws: options.draws ?? 1000,
    seed: options.seed ?? 1,
    c: options.weightConcentration ?? 100,
    q: options.severityShiftProbability ?? 2 / 3,
    sk: options.saturationLogSd ?? 0.25,
    dl: options.peakChannelSpread ?? 0.1,
  };
  if (!Number.isInteger(o.draws) || o.draws < 1) throw new ScoringParameterError('draws', 'must be an integer ≥ 1', o.draws);
  const flags = {
    weights: options.perturbWeights ?? true,
    severity: options.perturbSeverity ?? true,
    saturation: options.perturbSaturation ?? true,
    peak: options.perturbPeakChannel ?? true,
    stale: options.perturbStaleness ?? true,
  };
  const { fromDay, days } = toDayRange(range);
  const keys = prepared.indicators.map((i) => i.key);
  const n = prepared.indicators.length;
  const sameIndicators = (history: ScoredHistoryV2) => history.series.length === n && history.series.every((s, i) => s.key === keys[i]);
  if (scored && (scored.from !== formatDay(fromDay) || scored.days !== days || !sameIndicators(scored))) {
    throw new ScoringParameterError('scored', 'must be the scores of the prepared indicators over the range', scored.from);
  }
  const series = scored?.series ?? prepared.indicators.map((ind) => scoreIndicatorV2(ind, fromDay, days, scoreOptions));
  const models = prepared.indicators.map((indicator, i) => new IndicatorDrawV2(indicator, series[i], fromDay));
  const coverage = coveragePatterns(
    days,
    models.map((m) => m.coverage),
  );
  const composites = profiles.map((profile) => {
    const method = resolveAggregation(typeof profile.aggregation === 'number' ? { peakChannel: profile.aggregation } : profile.aggregation);
    const w = resolveWeights(keys, profile.weights);
    const weightSum = w.reduce((a, b) => a + b, 0);
    return {
      peakChannel: method.peakChannel ?? 0,
      sums: new DrawSums(method, coverage),
      rng: new SeededRandom(profileSeed(o.seed)),
      alphas: w.map((x) => (o.c * x) / weightSum),
      drawWeights: Float64Array.from(w),
      /** This draw's max per day: its own, or that of the first profile weighing the same indicators. */
      max: new Float64Array(days),
      maxOf: null as Float64Array | null,
      lambda: 0,
      /** The index of draw d on day t at d·days + t. */
      results: new Float64Array(o.draws * days),
    };
  });
  // an indicator without weight in every profile is left out (its random numbers are still drawn)
  const weighted = models.map((_, i) => composites.some((c) => c.drawWeights[i] > 0));
  // the terms of each composite's mean: the scores themselves, or their logarithms per geometric ε
  const scoreTerms = models.map((m) => m.scores);
  const logTerms = new Map<number, Float64Array[]>();
  for (const c of composites) {
    if (c.sums.geometric && !logTerms.has(c.sums.offset))
      logTerms.set(
        c.sums.offset,
        models.map(() => new Float64Array(days)),
      );
  }
  const termsOf = composites.map((c) => (c.sums.geometric ? (logTerms.get(c.sums.offset) as Float64Array[]) : scoreTerms));
  const rng = new SeededRandom(o.seed);
  const shiftRule = new SeverityShifts(o.q);
  const logging = options.onDraw !== undefined;
  for (let d = 0; d < o.draws; d++) {
    for (const c of composites) {
      if (flags.weights) sampleDirichlet(c.rng, c.alphas, c.drawWeights);
      c.lambda = flags.peak ? Math.min(1, Math.max(0, c.peakChannel + (2 * c.rng.nextFloat() - 1) * o.dl)) : c.peakChannel;
      c.sums.reset(c.drawWeights);
    }
    for (const c of composites) {
      const same = composites.find((o) => o.drawWeights.every((w, i) => w > 0 === c.drawWeights[i] > 0)) ?? c;
      c.maxOf = same.max;
      if (same === c) c.max.fill(Number.NEGATIVE_INFINITY);
    }
    const saturationFactors: number[] = [];
    const severityShifts: number[][] = [];
    const staleShifts: number[] = [];
    for (let i = 0; i < n; i++) {
      const m = models[i];
      const factor = flags.saturation ? Math.exp(o.sk * standardNormal(rng)) : 1;
      const u = flags.stale ? 2 * rng.nextFloat() - 1 : 0;
      const shifts: number[] = [];
      m.setSaturation(m.saturation * factor);
      if (flags.severity) m.shiftSeverities(rng, shiftRule, logging ? shifts : null);
      else if (logging) for (let f = 0; f < m.familyCount; f++) shifts.push(0);
      if (weighted[i]) {
        m.draw(u);
        for (const c of composites) if (c.drawWeights[i] > 0 && c.maxOf === c.max) m.maxInto(c.max);
        for (const [offset, logs] of logTerms) m.logsInto(offset, logs[i]);
      }
      if (logging) {
        saturationFactors.push(factor);
        staleShifts.push(u);
        severityShifts.push(shifts);
      }
    }
    composites.forEach((c, p) => {
      c.sums.finish(c.lambda, termsOf[p], c.maxOf as Float64Array, c.results, d * days);
      if (logging)
        options.onDraw?.(
          p,
          { draw: d, weights: Array.from(c.drawWeights), saturationFactors, severityShifts, peakChannel: c.lambda, staleShifts },
          c.results.subarray(d * days, (d + 1) * days),
        );
    });
  }
  return composites.map((c) => {
    const p5 = new Float64Array(days);
    const p50 = new Float64Array(days);
    const p95 = new Float64Array(days);
    const q = new Float64Array(3);
    const quantiles = new SliceSeriesQuantiles(o.draws, [0.05, 0.5, 0.95]);
    for (let t = 0; t < days; t++) {
      quantiles.next(c.results, t, days, q);
      p5[t] = q[0];
      p50[t] = q[1];
      p95[t] = q[2];
    }
    return { from: formatDay(fromDay), to: formatDay(fromDay + days - 1), draws: o.draws, seed: o.seed, p5, p50, p95 };
  });
}

/** Seed of the profile stream (weights, λ), apart from the indicator stream seeded by `seed` itself. */
function profileSeed(seed: number): number {
  return (seed ^ 0x5bd1e995) | 0;
}
