import type { ActionCatalogue } from '../bands/action-catalogue';
import { DEFAULT_BAND_SCALE, bandRank, classifyBand, type BandScale } from '../bands/band-scale';
import { DEFAULT_ACTION_CATALOGUE, recommendActions } from '../bands/recommend-actions';
import type { AggregationOptions } from '../composite/aggregation';
import { computeIndex, type CompactIndexSeries } from '../composite/composite-index';
import type { WeightMap } from '../composite/weights';
import { addDays, parseDay } from '../dates/calendar-day';
import { companyWeights } from '../exposure/company-index';
import { rankCompanyActions } from '../exposure/company-actions';
import { DEFAULT_EXPOSURE_RULE, exposureFactors, type ExposureFactor, type ExposureRule } from '../exposure/exposure-rule';
import { validateFootprint, type Footprint } from '../exposure/footprint';
import type { Evidence } from '../model/evidence';
import type { IndicatorDefinition } from '../model/indicator';
import type { IndicatorSeries, ScoredHistory } from '../model/series';
import { simulateIndexUncertaintyV2, type MonteCarloV2Options } from '../uncertainty/monte-carlo-v2';
import { prepareEvidenceV2, type PreparedEvidenceV2 } from '../v2/prepare-v2';
import { scorePreparedV2, type ScoreV2Options } from '../v2/score-v2';
import { assumedReviews, horizonEnd, scenarioEvents, validateScenario, type HeldLevel, type ScenarioDefinition } from './scenario';

/**
 * Projection of a scenario beside the baseline path, for the country and (optionally) a footprint.
 *
 *   baseline path   the evidence as it is, projected forward with no new news (assumed reviews keep
 *                   every indicator fresh, so old events decay and ongoing ones hold as the method says)
 *   scenario path   the same plus the hypothetical events, with held levels written over the scores
 *
 * Both are scored by method version 2 from `historyFrom` (old events still weigh) to `horizonMonths`
 * after `today`, and aggregated with the same weights (the company's: w·e). The evidence is only
 * read: nothing is stored.
 */
export interface ProjectionOptions {
  readonly today: string;
  readonly horizonMonths: number;
  /** First day scored (the evidence's first year); default 2014-01-01. */
  readonly historyFrom?: string;
  /** Days of history shown before today; default 180. */
  readonly showDaysBefore?: number;
  readonly weights: WeightMap;
  readonly aggregation?: AggregationOptions;
  readonly footprint?: Footprint | null;
  readonly rule?: ExposureRule;
  readonly score?: ScoreV2Options;
  readonly scale?: BandScale;
  readonly catalogue?: ActionCatalogue;
  /**
   * The uncertainty band of the scenario path from today (the index's Monte Carlo: pass the same
   * draws and seed as the published band); none when absent.
   */
  readonly uncertainty?: MonteCarloV2Options;
}

export interface ProjectedPath {
  /** Index per day from `from`, rounded to 0.01; null where nothing is covered. */
  readonly baseline: (number | null)[];
  readonly scenario: (number | null)[];
}

export interface BandCrossing {
  /** 'index' (the whole index) or an indicator key. */
  readonly series: string;
  /** First day the scenario is in a higher band than the baseline. */
  readonly date: string;
  readonly baselineBand: string;
  /** Highest band the scenario reaches over the horizon. */
  readonly scenarioBand: string;
  readonly scenarioPeak: number;
  readonly scenarioPeakDate: string;
  readonly baselineOnPeakDate: number;
}

export interface TriggeredAction {
  readonly id: string;
  readonly text: string;
  /** null for an action of the index's band. */
  readonly indicatorKey: string | null;
  /** First day the scenario triggers it while the baseline does not. */
  readonly firstDate: string;
}

/**
 * 5–95 % band of the scenario path per day from `from` (null before today): the Monte Carlo spread
 * of the scenario's evidence (percentile minus median) laid around the projected path, so a held
 * level (written over the scores, which the draws do not see) keeps the band on the path.
 */
export interface PathBand {
  readonly lower: (number | null)[];
  readonly upper: (number | null)[];
}

export interface PathSummary {
  readonly path: ProjectedPath;
  /** Null when no uncertainty was asked for. */
  readonly band: PathBand | null;
  readonly todayValue: number | null;
  readonly baselineEnd: number | null;
  readonly scenarioEnd: number | null;
  /** Largest scenario − baseline over the horizon, and when. */
  readonly maxDifference: number;
  readonly maxDifferenceDate: string;
  readonly crossings: readonly BandCrossing[];
  readonly triggeredActions: readonly TriggeredAction[];
}

export interface IndicatorProjection {
  readonly key: string;
  readonly baselinePeak: number | null;
  readonly scenarioPeak: number | null;
  readonly baselineBand: string | null;
  readonly scenarioBand: string | null;
}

export interface ScenarioProjection {
  readonly from: string;
  readonly today: string;
  readonly to: string;
  readonly country: PathSummary;
  readonly company: (PathSummary & { readonly factors: readonly ExposureFactor[] }) | null;
  readonly indicators: readonly IndicatorProjection[];
}

const round2 = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 100) / 100);

/** The scored history with held levels written over the scores of their indicators. */
export function applyHolds(history: ScoredHistory, holds: readonly HeldLevel[]): ScoredHistory {
  if (holds.length === 0) return history;
  const fromDay = parseDay(history.from);
  const series = history.series.map((s): IndicatorSeries => {
    const own = holds.filter((h) => h.indicatorKey === s.key);
    if (own.length === 0) return s;
    const values = Float64Array.from(s.values);
    for (const h of own) {
      const a = Math.max(0, parseDay(h.from) - fromDay);
      const b = Math.min(values.length - 1, parseDay(h.to) - fromDay);
      for (let t = a; t <= b; t++) values[t] = h.level;
    }
    return { ...s, values };
  });
  return { ...history, series };
}

/**
 * @throws ScoringParameterError for an invalid scenario, footprint, horizon or weights
 */
export function projectScenario(
  definitions: readonly IndicatorDefinition[],
  evidence: Evidence,
  scenario: ScenarioDefinition,
  options: ProjectionOptions,
): ScenarioProjection {
  const { today, horizonMonths } = options;
  validateScenario(scenario, definitions, today, horizonMonths);
  if (options.footprint) validateFootprint(options.footprint);
  const scale = options.scale ?? DEFAULT_BAND_SCALE;
  const catalogue = options.catalogue ?? DEFAULT_ACTION_CATALOGUE;
  const end = horizonEnd(today, horizonMonths);
  const range = { from: options.historyFrom ?? '2014-01-01', to: end };
  const reviews = [...(evidence.reviews ?? []), ...assumedReviews(definitions, today, end)];
  const base = { ...evidence, reviews };
  const baselineHistory = scorePreparedV2(prepareEvidenceV2(definitions, base), range, options.score);
  const scenarioPrepared = prepareEvidenceV2(definitions, { ...base, events: [...evidence.events, ...scenarioEvents(scenario)] });
  const scenarioHistory = applyHolds(scorePreparedV2(scenarioPrepared, range, options.score), scenario.holds);
  const shownFrom = addDays(today, -(options.showDaysBefore ?? 180));
  const offset = parseDay(shownFrom) - parseDay(range.from);
  const todayAt = parseDay(today) - parseDay(range.from);

  const band = (s: CompactIndexSeries): PathBand | null =>
    options.uncertainty
      ? scenarioBand(scenarioPrepared, s, { today, to: end, shownFrom: addDays(range.from, Math.max(0, offset)) }, options)
      : null;
  const summarise = (b: CompactIndexSeries, s: CompactIndexSeries, factors: readonly ExposureFactor[] | null): PathSummary => {
    const path: ProjectedPath = {
      baseline: Array.from(b.values.subarray(Math.max(0, offset)), round2),
      scenario: Array.from(s.values.subarray(Math.max(0, offset)), round2),
    };
    let maxDifference = 0;
    let maxAt = todayAt;
    for (let t = todayAt; t < b.days; t++) {
      const d = s.values[t] - b.values[t];
      if (d > maxDifference) [maxDifference, maxAt] = [d, t];
    }
    return {
      path,
      band: band(s),
      todayValue: round2(b.values[todayAt]),
      baselineEnd: round2(b.values[b.days - 1]),
      scenarioEnd: round2(s.values[s.days - 1]),
      maxDifference: Math.round(maxDifference * 100) / 100,
      maxDifferenceDate: addDays(range.from, maxAt),
      crossings: bandCrossings(b, s, todayAt, range.from, scale),
      triggeredActions: triggeredActions(b, s, todayAt, range.from, factors, catalogue, scale),
    };
  };

  const keys = baselineHistory.series.map((x) => x.key);
  const country = summarise(
    computeIndex(baselineHistory, options.weights, options.aggregation),
    computeIndex(scenarioHistory, options.weights, options.aggregation),
    null,
  );
  let company: ScenarioProjection['company'] = null;
  if (options.footprint) {
    const factors = exposureFactors(options.footprint, keys, options.rule ?? DEFAULT_EXPOSURE_RULE);
    const w = companyWeights(options.weights, factors);
    company = {
      ...summarise(computeIndex(baselineHistory, w, options.aggregation), computeIndex(scenarioHistory, w, options.aggregation), factors),
      factors,
    };
  }
  const indicators = keys.map((key, i): IndicatorProjection => {
    const peak = (values: Float64Array) => {
      let max = Number.NaN;
      for (let t = todayAt; t < values.length; t++) if (!(values[t] <= max)) max = Number.isNaN(values[t]) ? max : values[t];
      return max;
    };
    const bp = peak(baselineHistory.series[i].values);
    const sp = peak(scenarioHistory.series[i].values);
    return {
      key,
      baselinePeak: round2(bp),
      scenarioPeak: round2(sp),
      baselineBand: classifyBand(bp, scale)?.key ?? null,
      scenarioBand: classifyBand(sp, scale)?.key ?? null,
    };
  });
  return { from: addDays(range.from, Math.max(0, offset)), today, to: end, country, company, indicators };
}

/** The Monte Carlo spread of the scenario's evidence from today to `to`, around the projected path `s` (see PathBand). */
function scenarioBand(
  prepared: PreparedEvidenceV2,
  s: CompactIndexSeries,
  days: { today: string; to: string; shownFrom: string },
  options: ProjectionOptions,
): PathBand {
  const weights = Object.fromEntries(s.keys.map((key, i) => [key, s.weights[i]]));
  const mc = simulateIndexUncertaintyV2(
    prepared,
    { from: days.today, to: days.to },
    weights,
    { aggregation: s.aggregation, geometricOffset: s.geometricOffset, peakChannel: s.peakChannel },
    options.uncertainty,
    options.score,
  );
  const before = parseDay(days.today) - parseDay(days.shownFrom);
  const pathAt = parseDay(days.today) - parseDay(s.from);
  const lower: (number | null)[] = new Array<number | null>(before).fill(null);
  const upper: (number | null)[] = new Array<number | null>(before).fill(null);
  for (let t = 0; t < mc.p50.length; t++) {
    const value = s.values[pathAt + t];
    const ok = !Number.isNaN(value) && Number.isFinite(mc.p50[t]);
    lower.push(ok ? round2(Math.max(0, Math.min(value, value + mc.p5[t] - mc.p50[t]))) : null);
    upper.push(ok ? round2(Math.min(100, Math.max(value, value + mc.p95[t] - mc.p50[t]))) : null);
  }
  return { lower, upper };
}

/** For the index and each indicator: where the scenario first sits in a higher band than the baseline (days ≥ today). */
function bandCrossings(b: CompactIndexSeries, s: CompactIndexSeries, fromT: number, from: string, scale: BandScale): BandCrossing[] {
  const out: BandCrossing[] = [];
  const check = (series: string, base: ArrayLike<number>, scen: ArrayLike<number>) => {
    let first = -1;
    let peakT = -1;
    for (let t = fromT; t < b.days; t++) {
      const bb = classifyBand(base[t], scale);
      const sb = classifyBand(scen[t], scale);
      if (bb === null || sb === null) continue;
      if (first < 0 && bandRank(sb.key, scale) > bandRank(bb.key, scale)) first = t;
      if (peakT < 0 || scen[t] > scen[peakT]) peakT = t;
    }
    if (first < 0) return;
    out.push({
      series,
      date: addDays(from, first),
      baselineBand: (classifyBand(base[first], scale) ?? scale[0]).key,
      scenarioBand: (classifyBand(scen[peakT], scale) ?? scale[0]).key,
      scenarioPeak: Math.round(scen[peakT] * 100) / 100,
      scenarioPeakDate: addDays(from, peakT),
      baselineOnPeakDate: Math.round(base[peakT] * 100) / 100,
    });
  };
  check('index', b.values, s.values);
  b.keys.forEach((key, i) => check(key, b.scores[i], s.scores[i]));
  return out;
}

/** Actions the scenario triggers on some day ≥ today that the baseline does not trigger on that day. */
function triggeredActions(
  b: CompactIndexSeries,
  s: CompactIndexSeries,
  fromT: number,
  from: string,
  factors: readonly ExposureFactor[] | null,
  catalogue: ActionCatalogue,
  scale: BandScale,
): TriggeredAction[] {
  const scoresAt = (index: CompactIndexSeries, t: number) => {
    const out: Record<string, number> = {};
    index.keys.forEach((k, i) => {
      if (!Number.isNaN(index.scores[i][t])) out[k] = index.scores[i][t];
    });
    return out;
  };
  const idsAt = (index: CompactIndexSeries, t: number): Map<string, { text: string; indicatorKey: string | null }> => {
    const ids = new Map<string, { text: string; indicatorKey: string | null }>();
    const value = index.values[t];
    if (factors === null) {
      const r = recommendActions(value, scoresAt(index, t), catalogue, scale);
      r?.bandActions.forEach((a) => ids.set(a.id, { text: a.text, indicatorKey: null }));
      r?.indicatorActions.forEach((ia) => ia.actions.forEach((a) => ids.set(a.id, { text: a.text, indicatorKey: ia.indicatorKey })));
    } else {
      const r = rankCompanyActions(value, scoresAt(index, t), factors, {}, catalogue, scale);
      r?.bandActions.forEach((a) => ids.set(a.id, { text: a.text, indicatorKey: null }));
      r?.channels.forEach((c) => c.actions.forEach((a) => ids.set(a.id, { text: a.text, indicatorKey: c.indicatorKey })));
    }
    return ids;
  };
  const found = new Map<string, TriggeredAction>();
  for (let t = fromT; t < b.days; t++) {
    let same = b.values[t] === s.values[t];
    for (let i = 0; same && i < b.keys.length; i++) same = Object.is(b.scores[i][t], s.scores[i][t]);
    if (same) continue;
    const base = idsAt(b, t);
    for (const [id, a] of idsAt(s, t)) {
      if (!base.has(id) && !found.has(id)) found.set(id, { id, text: a.text, indicatorKey: a.indicatorKey, firstDate: addDays(from, t) });
    }
  }
  return [...found.values()];
}
