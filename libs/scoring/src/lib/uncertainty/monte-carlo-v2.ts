import { formatDay, type DateRange } from '../dates/calendar-day';
import { resolveWeights, type WeightMap } from '../composite/weights';
import { ScoringParameterError } from '../errors';
import { FRESH, STALE, UNMONITORED } from '../freshness/freshness';
import { createPressureWorkspace, decayingPressure } from '../methods/decaying-pressure';
import { expNegative } from '../methods/exp-negative';
import { toDayRange } from '../methods/score-indicators';
import { scoreIndicatorV2, type ScoreV2Options } from '../v2/score-v2';
import type { PreparedEvidenceV2, PreparedIndicatorV2 } from '../v2/prepare-v2';
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
 * then scores s = F + (100 − F)(1 − e^(−x/k)) (event part frozen on stale days, unmonitored days
 * left out) and the index mean + λ(max − mean). Returns the 5th, 50th and 95th percentiles per day;
 * `onDraw` sees each draw's parameters and index (for sensitivity analysis and logs).
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

interface IndicatorDrawModel {
  readonly indicator: PreparedIndicatorV2;
  /** Internal range starts `lead` days before the output range (to reach freeze days). */
  readonly floor: Float64Array;
  readonly state: Uint8Array;
  /** Offset in the internal range of the day whose event level is used (−1: level 0). */
  readonly levelDay: Int32Array;
  readonly spread: Float64Array;
  readonly familyImpact: Float64Array;
  readonly familyUp: Float64Array;
  readonly familyDown: Float64Array;
  readonly scaled: Float64Array;
  readonly famFactor: Float64Array;
  readonly pressure: Float64Array;
}

/** Percentile band of the version-2 index over `range` (see above). */
export function simulateIndexUncertaintyV2(
  prepared: PreparedEvidenceV2,
  range: DateRange,
  weights: WeightMap,
  peakChannel: number,
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
  if (!(peakChannel >= 0 && peakChannel <= 1)) throw new ScoringParameterError('peakChannel', 'must be a number in [0, 1]', peakChannel);
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
  let lead = 0;
  scored.forEach((s, i) => {
    const interval = prepared.indicators[i].freshness.intervalDays;
    for (let t = 0; t < days; t++) {
      if (s.freshness[t] !== STALE || s.daysSinceTouch[t] < 0) continue;
      lead = Math.max(lead, s.daysSinceTouch[t] - interval - t);
    }
  });
  const internalDays = days + lead;
  const internalFrom = fromDay - lead;
  const models = prepared.indicators.map((indicator, i): IndicatorDrawModel => {
    const s = scored[i];
    const interval = indicator.freshness.intervalDays;
    const levelDay = new Int32Array(days);
    for (let t = 0; t < days; t++) {
      if (s.freshness[t] === FRESH) levelDay[t] = t + lead;
      else levelDay[t] = s.daysSinceTouch[t] < 0 ? -1 : t + lead - s.daysSinceTouch[t] + interval;
    }
    const fam = indicator.families;
    const list = fam?.families ?? [];
    const table = indicator.pressureParameters?.impacts ?? [0, 0, 0, 0, 0];
    const count = list.length;
    const impactOf = (sev: number) => table[Math.min(5, Math.max(1, sev)) - 1];
    return {
      indicator,
      floor: s.floor,
      state: s.freshness,
      levelDay,
      spread: s.spread,
      familyImpact: Float64Array.from({ length: count }, (_, f) => list[f].impact),
      familyUp: Float64Array.from({ length: count }, (_, f) => impactOf(list[f].severity + 1)),
      familyDown: Float64Array.from({ length: count }, (_, f) => impactOf(list[f].severity - 1)),
      scaled: new Float64Array(fam?.spans.count ?? 0),
      famFactor: new Float64Array(count),
      pressure: new Float64Array(internalDays),
    };
  });
  const workspace = createPressureWorkspace(internalDays);
  const rng = new SeededRandom(o.seed);
  const weightSum = w.reduce((a, b) => a + b, 0);
  const alphas = w.map((x) => (o.c * x) / weightSum);
  const drawWeights = Float64Array.from(w);
  const scores = Array.from({ length: n }, () => new Float64Array(days));
  const index = new Float64Array(days);
  const results = new Float64Array(days * o.draws);
  const batch = new Float64Array(DRAW_BATCH * days);
  const logging = options.onDraw !== undefined;
  for (let d = 0; d < o.draws; d++) {
    if (flags.weights) sampleDirichlet(rng, alphas, drawWeights);
    const lambda = flags.peak ? Math.min(1, Math.max(0, peakChannel + (2 * rng.nextFloat() - 1) * o.dl)) : peakChannel;
    const saturationFactors: number[] = [];
    const severityShifts: number[][] = [];
    const staleShifts: number[] = [];
    for (let i = 0; i < n; i++) {
      const m = models[i];
      const fam = m.indicator.families;
      const p = m.indicator.pressureParameters;
      const shifts: number[] = [];
      let k = p?.saturation ?? 1;
      const factor = flags.saturation ? Math.exp(o.sk * standardNormal(rng)) : 1;
      k *= factor;
      saturationFactors.push(factor);
      const u = flags.stale ? 2 * rng.nextFloat() - 1 : 0;
      staleShifts.push(u);
      const out = scores[i];
      if (fam !== null && p !== null && fam.spans.count > 0) {
        const famFactor = m.famFactor;
        for (let f = 0; f < fam.families.length; f++) {
          let shift = 0;
          if (flags.severity) {
            const r = rng.nextFloat();
            shift = r < o.q / 2 ? -1 : r < o.q ? 1 : 0;
          }
          if (logging) shifts.push(shift);
          const base = m.familyImpact[f];
          const next = shift < 0 ? m.familyDown[f] : shift > 0 ? m.familyUp[f] : base;
          famFactor[f] = base > 0 ? next / base : 0;
        }
        for (let j = 0; j < fam.spans.count; j++) m.scaled[j] = fam.impacts[j] * famFactor[fam.familyOf[j]];
        decayingPressure(fam.spans, m.scaled, p.halfLifeDays, internalFrom, internalDays, m.pressure, workspace);
        const inv = 1 / k;
        const { state, levelDay, floor, spread, pressure } = m;
        for (let t = 0; t < days; t++) {
          const st = state[t];
          if (st === UNMONITORED) {
            out[t] = Number.NaN;
            continue;
          }
          const ld = levelDay[t];
          const g = ld < 0 ? 0 : 1 - expNegative(pressure[ld] * inv);
          const f = floor[t];
          let v = f + (100 - f) * g;
          if (st !== FRESH) {
            v += u * spread[t];
            v = v < 0 ? 0 : v > 100 ? 100 : v;
          }
          out[t] = v;
        }
      } else {
        const base = scored[i];
        for (let t = 0; t < days; t++) {
          if (m.state[t] === UNMONITORED) {
            out[t] = Number.NaN;
            continue;
          }
          let v = base.score[t];
          if (m.state[t] !== FRESH) {
            v += u * m.spread[t];
            v = v < 0 ? 0 : v > 100 ? 100 : v;
          }
          out[t] = v;
        }
      }
      severityShifts.push(shifts);
    }
    compositeWithPeak(scores, drawWeights, lambda, index);
    // transpose through a small batch so that each day's draws end up contiguous (cache-friendly)
    const b = d % DRAW_BATCH;
    batch.set(index, b * days);
    if (b === DRAW_BATCH - 1 || d === o.draws - 1) {
      for (let t = 0; t < days; t++) {
        const row = t * o.draws + d - b;
        for (let k = 0; k <= b; k++) results[row + k] = batch[k * days + t];
      }
    }
    if (logging)
      options.onDraw?.(
        { draw: d, weights: Array.from(drawWeights), saturationFactors, severityShifts, peakChannel: lambda, staleShifts },
        index,
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

/** Arithmetic mean over covered indicators plus λ(max − mean), per day (NaN when none is covered). */
export function compositeWithPeak(
  scores: readonly Float64Array[],
  weights: ArrayLike<number>,
  lambda: number,
  out: Float64Array,
): Float64Array {
  const days = out.length;
  for (let t = 0; t < days; t++) {
    let num = 0;
    let den = 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i][t];
      const wi = weights[i];
      if (!(wi > 0) || s !== s) continue;
      num += wi * s;
      den += wi;
      if (s > max) max = s;
    }
    if (den === 0) out[t] = Number.NaN;
    else {
      const mean = num / den;
      out[t] = mean + lambda * (max - mean);
    }
  }
  return out;
}
