import { formatDay, type DateRange } from '../dates/calendar-day';
import { aggregateScores, resolveAggregation, type AggregationOptions, type ResolvedAggregation } from '../composite/aggregation';
import { resolveWeights, type WeightMap } from '../composite/weights';
import { ScoringParameterError } from '../errors';
import { createPressureWorkspace } from '../methods/decaying-pressure';
import { scorePreparedIndicator, toDayRange, type PreparedEvidence } from '../methods/score-indicators';
import { DrawScorer, type DayGrid } from './draw-scorer';
import { ArithmeticGridIndex } from './arithmetic-grid-index';
import { QuantileSelector } from './quantiles';
import { sampleDirichlet, SeededRandom } from './seeded-random';

/**
 * Monte Carlo uncertainty of the index. Each draw
 *   1. samples weights from Dirichlet(c · ŵ) around the chosen normalised weights ŵ (mean ŵ; larger
 *      concentration c = tighter; indicators with weight 0 stay at 0), and
 *   2. perturbs every event's severity by ±1 (see SeverityPerturbation) and rescores the event-pressure
 *      and stage indicators (metrics do not depend on severities),
 * then computes the index; the 5th, 50th and 95th percentiles are taken per day over the draws
 * (type-7 quantiles). A seeded xoshiro128** generator makes results repeat exactly.
 */
export interface MonteCarloOptions {
  /** Number of draws (default 1000). */
  readonly draws?: number;
  /** Integer seed (default 1). */
  readonly seed?: number;
  /** Sample weights (default true). */
  readonly perturbWeights?: boolean;
  /** c > 0 of Dirichlet(c · ŵ) (default 100: a weight of 0.12 varies by about ±0.03, one sd). */
  readonly weightConcentration?: number;
  /** Perturb severities by ±1 (default true). */
  readonly perturbSeverity?: boolean;
  /** q in [0, 1]: probability that a severity moves (default 2/3). */
  readonly severityShiftProbability?: number;
  /**
   * Days between evaluated points (default 1, daily). 7 gives a weekly grid ending on `range.to`:
   * the saturation, index and percentiles are then computed for one day in seven (about 2–3×
   * faster overall; the pressure recursion stays daily). With the same seed the weekly values equal
   * the daily values on those days.
   */
  readonly gridStepDays?: number;
}

export interface IndexUncertainty {
  /** First grid day; grid day j is `from + j · stepDays`; the last is `range.to`. */
  readonly from: string;
  readonly to: string;
  readonly stepDays: number;
  readonly draws: number;
  readonly seed: number;
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
}

/**
 * Percentile band of the index over `range` (see above).
 * @param prepared    evidence and definitions (prepareEvidence)
 * @param weights     chosen weights, one per indicator
 * @param aggregation arithmetic (default) or geometric mean
 * @throws ScoringParameterError for an invalid option; InvalidWeightsError for invalid weights
 */
export function simulateIndexUncertainty(
  prepared: PreparedEvidence,
  range: DateRange,
  weights: WeightMap,
  options: MonteCarloOptions = {},
  aggregation: AggregationOptions = {},
): IndexUncertainty {
  const o = resolveOptions(options);
  const method = resolveAggregation(aggregation);
  const { fromDay, days } = toDayRange(range);
  const w = resolveWeights(
    prepared.indicators.map((i) => i.key),
    weights,
  );
  const first = (days - 1) % o.gridStepDays;
  const grid: DayGrid = { fromDay, days, first, step: o.gridStepDays, size: Math.floor((days - 1) / o.gridStepDays) + 1 };
  const results = simulateDraws(prepared, grid, w, o, method);
  return {
    from: formatDay(fromDay + first),
    to: formatDay(fromDay + days - 1),
    stepDays: o.gridStepDays,
    draws: o.draws,
    seed: o.seed,
    ...percentileBands(results, grid.size, o.draws),
  };
}

/**
 * Runs the draws; returns index values as results[j · draws + d] (grid day j, draw d), so that each
 * day's draws are contiguous for the percentiles. Draws are computed into a small batch first so the
 * transposed writes stay cache-friendly.
 */
function simulateDraws(
  prepared: PreparedEvidence,
  grid: DayGrid,
  weights: Float64Array,
  o: ResolvedMonteCarloOptions,
  method: ResolvedAggregation,
): Float64Array {
  const n = prepared.indicators.length;
  const workspace = createPressureWorkspace(grid.days);
  const baseline = prepared.indicators.map((indicator) => {
    const daily = scorePreparedIndicator(indicator, grid.fromDay, grid.days, new Float64Array(grid.days), workspace);
    return Float64Array.from({ length: grid.size }, (_, j) => daily[grid.first + j * grid.step]);
  });
  const scorers = prepared.indicators.map((indicator) =>
    o.perturbSeverity ? DrawScorer.forIndicator(indicator, grid, o.severityShiftProbability) : null,
  );
  const arithmetic = method.aggregation === 'arithmetic' && !(method.peakChannel ?? 0) ? new ArithmeticGridIndex(baseline) : null;

  const rng = new SeededRandom(o.seed);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const alphas = weights.map((w) => (o.weightConcentration * w) / weightSum);
  const drawWeights = Float64Array.from(weights);
  const drawScores: Float64Array[] = baseline.slice();
  const dayScores = new Float64Array(n);
  const results = new Float64Array(grid.size * o.draws);
  const batch = new Float64Array(DRAW_BATCH * grid.size);
  for (let d = 0; d < o.draws; d++) {
    if (o.perturbWeights) sampleDirichlet(rng, alphas, drawWeights);
    for (let i = 0; i < n; i++) {
      const scorer = scorers[i];
      if (scorer !== null) drawScores[i] = scorer.score(rng);
    }
    const b = d % DRAW_BATCH;
    const row = batch.subarray(b * grid.size, (b + 1) * grid.size);
    if (arithmetic !== null) {
      arithmetic.compute(drawScores, drawWeights, row);
    } else {
      for (let j = 0; j < grid.size; j++) {
        for (let i = 0; i < n; i++) dayScores[i] = drawScores[i][j];
        row[j] = aggregateScores(dayScores, drawWeights, method);
      }
    }
    if (b === DRAW_BATCH - 1 || d === o.draws - 1) {
      for (let j = 0; j < grid.size; j++) {
        for (let k = 0; k <= b; k++) results[j * o.draws + d - b + k] = batch[k * grid.size + j];
      }
    }
  }
  return results;
}

/** 5th, 50th and 95th percentile per grid day of results[j · draws + d] (reorders each day's draws). */
function percentileBands(results: Float64Array, size: number, draws: number): Pick<IndexUncertainty, 'p5' | 'p50' | 'p95'> {
  const p5 = new Float64Array(size);
  const p50 = new Float64Array(size);
  const p95 = new Float64Array(size);
  const q = new Float64Array(3);
  const selector = new QuantileSelector(draws, [0.05, 0.5, 0.95]);
  for (let j = 0; j < size; j++) {
    selector.select(results, j * draws, q);
    p5[j] = q[0];
    p50[j] = q[1];
    p95[j] = q[2];
  }
  return { p5, p50, p95 };
}

const DRAW_BATCH = 32;

/** The percentile band as plain objects, one per grid day. */
export function uncertaintyPoints(u: IndexUncertainty): { date: string; p5: number; p50: number; p95: number }[] {
  const from = toDayRange({ from: u.from, to: u.to }).fromDay;
  return Array.from(u.p50, (p50, j) => ({ date: formatDay(from + j * u.stepDays), p5: u.p5[j], p50, p95: u.p95[j] }));
}

interface ResolvedMonteCarloOptions {
  draws: number;
  seed: number;
  perturbWeights: boolean;
  weightConcentration: number;
  perturbSeverity: boolean;
  severityShiftProbability: number;
  gridStepDays: number;
}

function resolveOptions(options: MonteCarloOptions): ResolvedMonteCarloOptions {
  const o = {
    draws: options.draws ?? 1000,
    seed: options.seed ?? 1,
    perturbWeights: options.perturbWeights ?? true,
    weightConcentration: options.weightConcentration ?? 100,
    perturbSeverity: options.perturbSeverity ?? true,
    severityShiftProbability: options.severityShiftProbability ?? 2 / 3,
    gridStepDays: options.gridStepDays ?? 1,
  };
  if (!Number.isInteger(o.draws) || o.draws < 1) throw new ScoringParameterError('draws', 'must be an integer ≥ 1', o.draws);
  if (!Number.isInteger(o.seed)) throw new ScoringParameterError('seed', 'must be an integer', o.seed);
  if (!Number.isFinite(o.weightConcentration) || o.weightConcentration <= 0) {
    throw new ScoringParameterError('weightConcentration', 'must be a finite number > 0', o.weightConcentration);
  }
  const q = o.severityShiftProbability;
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) throw new ScoringParameterError('severityShiftProbability', 'must be in [0, 1]', q);
  if (!Number.isInteger(o.gridStepDays) || o.gridStepDays < 1) {
    throw new ScoringParameterError('gridStepDays', 'must be an integer ≥ 1', o.gridStepDays);
  }
  return o;
}
