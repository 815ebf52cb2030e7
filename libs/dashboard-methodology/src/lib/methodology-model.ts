import { IndicatorView, ProfileView } from '@kem/contracts';
import {
  attributeIndexChange,
  classifyBand,
  computeIndex,
  DEFAULT_ACTION_CATALOGUE,
  DEFAULT_BAND_SCALE,
  eventPressureAt,
  goalpostScore,
  normaliseObservations,
  resolveAggregation,
  saturationScore,
  SEVERITY_RUBRIC,
  stageScore,
  type ActionCatalogue,
  type AggregationMethod,
  type BandScale,
  type DecayingPressureParameters,
  type DueDiligenceAction,
  type MetricMethod,
  type ScoredHistory,
  type StageLevel,
  type StageMethod,
} from '@kem/scoring';

/**
 * View models of the methodology page: every number is derived here from the live indicator
 * definitions and weight profiles, and every worked example is computed with the scoring library's
 * own functions, so the page cannot drift from what the API computes.
 */

/** Settings of the stored 5–95 % band: the API's draw count and the scoring library's defaults. */
export const MONTE_CARLO_SETTINGS = {
  draws: 500,
  /** c of Dirichlet(c·ŵ). */
  weightConcentration: 100,
  /** q: probability that an event's severity moves one step (half down, half up). */
  severityShiftProbability: 2 / 3,
} as const;

/** ε of the shifted geometric mean, as the scoring library applies it by default. */
export const GEOMETRIC_OFFSET = resolveAggregation({ aggregation: 'geometric' }).geometricOffset;

const bandLabel = (score: number, scale: BandScale = DEFAULT_BAND_SCALE) => classifyBand(score, scale)?.label ?? '';
const severityLabel = (severity: number) => SEVERITY_RUBRIC.find((s) => s.severity === severity)?.label ?? `Severity ${severity}`;

// ---------------------------------------------------------------------------------------------
// Indicator methods
// ---------------------------------------------------------------------------------------------

export interface ImpactRow {
  severity: number;
  label: string;
  impact: number;
}

/** p(σ) for σ = 1..5 with the rubric's label of each severity. */
export function impactRows(impacts: readonly number[]): ImpactRow[] {
  return impacts.map((impact, i) => ({ severity: i + 1, label: severityLabel(i + 1), impact }));
}

export interface PressurePoint {
  /** Days since the event ended; null while it is still under way. */
  daysAfterEnd: number | null;
  pressure: number;
  score: number;
  band: string;
}

export interface EventPressureExample {
  severity: number;
  severityLabel: string;
  impact: number;
  /** While under way, then `daysAfterEnd` days after it ended. */
  points: PressurePoint[];
}

/** Severity and days of the event-pressure example: "one severity-4 event, 60 days after it ended". */
export const PRESSURE_EXAMPLE = { severity: 4, daysAfterEnd: [60, 365] } as const;

/**
 * One event of `severity` alone on the indicator: its pressure x and score s while under way and
 * some days after it ended, by eventPressureAt and saturationScore.
 */
export function eventPressureExample(
  parameters: DecayingPressureParameters,
  severity: number = PRESSURE_EXAMPLE.severity,
  daysAfterEnd: readonly number[] = PRESSURE_EXAMPLE.daysAfterEnd,
): EventPressureExample {
  const impact = parameters.impacts[severity - 1];
  const end = 0;
  const at = (day: number, days: number | null): PressurePoint => {
    const pressure = eventPressureAt(end - 7, end, impact, parameters.halfLifeDays, day);
    const score = saturationScore(pressure, parameters.saturation);
    return { daysAfterEnd: days, pressure, score, band: bandLabel(score) };
  };
  return {
    severity,
    severityLabel: severityLabel(severity),
    impact,
    points: [at(end, null), ...daysAfterEnd.map((days) => at(end + days, days))],
  };
}

export interface StageExample {
  stage: StageLevel;
  severity: number;
  impact: number;
  daysAfterEnd: number;
  pressure: number;
  /** s with the stage alone (= its level) and with the enforcement event. */
  levelScore: number;
  score: number;
  band: string;
}

/** Severity and age of the enforcement event in the stage example. */
export const STAGE_EXAMPLE = { severity: 3, daysAfterEnd: 30 } as const;

/** The stage with the middle level: a bill part-way through, neither proposed nor withdrawn. */
export function exampleStage(stages: readonly StageLevel[]): StageLevel | null {
  if (stages.length === 0) return null;
  const byLevel = [...stages].sort((a, b) => a.level - b.level);
  return byLevel[Math.floor(byLevel.length / 2)];
}

/** The bill at a middle stage plus one enforcement event some days after it ended, by stageScore. */
export function stageExample(method: StageMethod): StageExample | null {
  const stage = exampleStage(method.stages);
  if (!stage) return null;
  const { severity, daysAfterEnd } = STAGE_EXAMPLE;
  const { impacts, halfLifeDays, saturation } = method.enforcement;
  const impact = impacts[severity - 1];
  const pressure = eventPressureAt(0, 0, impact, halfLifeDays, daysAfterEnd);
  const score = stageScore(stage.level, pressure, saturation);
  return { stage, severity, impact, daysAfterEnd, pressure, levelScore: stageScore(stage.level, 0, saturation), score, band: bandLabel(score) };
}

export type MetricExample =
  | { kind: 'goalposts'; value: number; normalised: number; score: number; band: string }
  | { kind: 'percentile'; earlier: number[]; value: number; below: number; count: number; score: number; band: string };

/**
 * An observation scored as the method scores it: for goalposts a value 70 % of the way from lo to
 * hi; for percentiles a value above all but one of the earlier ones (normaliseObservations).
 */
export function metricExample(method: MetricMethod): MetricExample {
  const n = method.normalisation;
  const higherIsRiskier = method.direction === 'higher_is_riskier';
  if (n.kind === 'goalposts') {
    const value = Math.round((n.lo + 0.7 * (n.hi - n.lo)) * 100) / 100;
    const normalised = goalpostScore(value, n.lo, n.hi);
    const score = higherIsRiskier ? normalised : 100 - normalised;
    return { kind: 'goalposts', value, normalised, score, band: bandLabel(score) };
  }
  const count = Math.max(5, n.minObservations);
  const earlier = Array.from({ length: count - 1 }, (_, i) => 10 * (i + 1));
  const value = 10 * (count - 1) - 5;
  const scores = normaliseObservations(method, Float64Array.from([...earlier, value]));
  const score = scores[count - 1];
  return { kind: 'percentile', earlier, value, below: count - 2, count, score, band: bandLabel(score) };
}

export type MethodView =
  | { kind: 'event_pressure'; halfLifeDays: number; saturation: number; impacts: ImpactRow[]; example: EventPressureExample }
  | {
      kind: 'stage';
      stages: readonly StageLevel[];
      halfLifeDays: number;
      saturation: number;
      impacts: ImpactRow[];
      example: StageExample | null;
    }
  | { kind: 'metric'; method: MetricMethod; series: string; example: MetricExample };

export interface IndicatorMethodView {
  key: string;
  name: string;
  category: string;
  description: string;
  defaultWeight: number;
  /** defaultWeight / Σ defaultWeight. */
  defaultShare: number;
  method: MethodView;
  /** Due-diligence actions once the indicator's own score reaches a band, from the catalogue. */
  actions: IndicatorActionRuleView[];
}

export interface IndicatorActionRuleView {
  /** Label of the lowest band that triggers the rule, e.g. 'High or above' or 'Severe'. */
  minBand: string;
  actions: readonly DueDiligenceAction[];
}

function minBandLabel(key: string, scale: BandScale): string {
  const rank = scale.findIndex((b) => b.key === key);
  if (rank < 0) return key;
  return rank === scale.length - 1 ? scale[rank].label : `${scale[rank].label} or above`;
}

function methodView(indicator: IndicatorView): MethodView {
  const method = indicator.method;
  switch (method.kind) {
    case 'event_pressure':
      return {
        kind: 'event_pressure',
        halfLifeDays: method.halfLifeDays,
        saturation: method.saturation,
        impacts: impactRows(method.impacts),
        example: eventPressureExample(method),
      };
    case 'stage':
      return {
        kind: 'stage',
        stages: method.stages,
        halfLifeDays: method.enforcement.halfLifeDays,
        saturation: method.enforcement.saturation,
        impacts: impactRows(method.enforcement.impacts),
        example: stageExample(method),
      };
    case 'metric':
      return { kind: 'metric', method, series: method.series ?? indicator.key, example: metricExample(method) };
  }
}

/** Every indicator with its method explained, its default share and its due-diligence actions. */
export function indicatorMethodViews(
  indicators: readonly IndicatorView[],
  catalogue: ActionCatalogue = DEFAULT_ACTION_CATALOGUE,
  scale: BandScale = DEFAULT_BAND_SCALE,
): IndicatorMethodView[] {
  const total = indicators.reduce((sum, i) => sum + i.defaultWeight, 0);
  return indicators.map((indicator) => ({
    key: indicator.key,
    name: indicator.name,
    category: indicator.category,
    description: indicator.description,
    defaultWeight: indicator.defaultWeight,
    defaultShare: total > 0 ? indicator.defaultWeight / total : 0,
    method: methodView(indicator),
    actions: catalogue.indicatorRules
      .filter((rule) => rule.indicatorKey === indicator.key)
      .map((rule) => ({ minBand: minBandLabel(rule.minBand, scale), actions: rule.actions })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Weight profiles and the composite
// ---------------------------------------------------------------------------------------------

export interface WeightRow {
  key: string;
  name: string;
  weight: number;
  /** w_i / Σw. */
  share: number;
}

export interface ProfileWeightsView {
  slug: string;
  name: string;
  rationale: string;
  version: number;
  method: AggregationMethod;
  note: string;
  author: string | null;
  createdAt: string;
  /** Heaviest first; indicators the version predates weigh 0. */
  rows: WeightRow[];
  total: number;
}

/**
 * A profile's served weights against today's indicators, as the API aligns them: an indicator added
 * after the version was saved weighs 0 in it, weights of removed indicators are dropped.
 * Null when the profile has no active version yet.
 */
export function profileWeightsView(profile: ProfileView, indicators: readonly IndicatorView[]): ProfileWeightsView | null {
  const version = profile.activeVersion;
  if (!version) return null;
  const weights = indicators.map((i) => ({ key: i.key, name: i.name, weight: version.weights[i.key] ?? 0 }));
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  // Array.prototype.sort is stable: equal weights keep the indicators' own order.
  const rows = weights.map((w) => ({ ...w, share: total > 0 ? w.weight / total : 0 })).sort((a, b) => b.weight - a.weight);
  return {
    slug: profile.slug,
    name: profile.name,
    rationale: profile.description,
    version: version.number,
    method: version.method,
    note: version.note,
    author: version.author,
    createdAt: version.createdAt,
    rows,
    total,
  };
}

export interface RenormalisationExample {
  /** The indicator without data. */
  missing: WeightRow;
  /** The heaviest other indicator, with its share before and after re-normalisation. */
  other: WeightRow;
  shareWithout: number;
  coveredTotal: number;
}

/**
 * What re-normalisation does when one indicator has no data: `missing` (a metric indicator if there
 * is one — metrics have no score before their first observation — else the lightest) drops out and
 * the heaviest other indicator's share grows to w / (Σw − w_missing).
 */
export function renormalisationExample(view: ProfileWeightsView, indicators: readonly IndicatorView[]): RenormalisationExample | null {
  const weighted = view.rows.filter((r) => r.weight > 0);
  if (weighted.length < 2) return null;
  const metricKeys = new Set(indicators.filter((i) => i.method.kind === 'metric').map((i) => i.key));
  const missing = weighted.find((r) => metricKeys.has(r.key)) ?? weighted[weighted.length - 1];
  const other = weighted.find((r) => r !== missing) as WeightRow;
  const coveredTotal = view.total - missing.weight;
  return { missing, other, coveredTotal, shareWithout: other.weight / coveredTotal };
}

export interface AttributionExample {
  method: AggregationMethod;
  base: number;
  /** Score change of `moved` while every other indicator stays at `base`. */
  moved: WeightRow;
  rise: number;
  indexChange: number;
  movedEffect: number;
  /** `entering` gets its first score `enteringScore` while the others stay at `base`. */
  entering: WeightRow;
  enteringScore: number;
  coverageChange: number;
  enteringCoverageEffect: number;
  othersCoverageEffect: number;
}

/**
 * Two small changes explained with attributeIndexChange on a synthetic two-day history under the
 * profile's weights and method: (1) one heavy indicator's score rises while the others stay, so
 * ΔI is that indicator's score effect alone; (2) an indicator gets its first score, so ΔI is all
 * coverage effect: its own contribution in, the others' shares down.
 */
export function attributionExample(view: ProfileWeightsView, indicators: readonly IndicatorView[], base = 40, rise = 20, enteringScore = 70): AttributionExample | null {
  const renormalised = renormalisationExample(view, indicators);
  if (!renormalised) return null;
  const weights = Object.fromEntries(view.rows.map((r) => [r.key, r.weight]));
  const history = (day0: (key: string) => number, day1: (key: string) => number): ScoredHistory => ({
    from: '2024-01-01',
    to: '2024-01-02',
    days: 2,
    series: view.rows.map((r) => ({ key: r.key, from: '2024-01-01', values: Float64Array.from([day0(r.key), day1(r.key)]) })),
  });
  const options = { aggregation: view.method };
  const moved = renormalised.other;
  const scoreChange = attributeIndexChange(
    computeIndex(history(() => base, (key) => (key === moved.key ? base + rise : base)), weights, options),
    '2024-01-01',
    '2024-01-02',
  );
  const entering = renormalised.missing;
  const coverage = attributeIndexChange(
    computeIndex(history((key) => (key === entering.key ? Number.NaN : base), (key) => (key === entering.key ? enteringScore : base)), weights, options),
    '2024-01-01',
    '2024-01-02',
  );
  const effectOf = (key: string) => coverage.indicators.find((i) => i.key === key)?.coverageEffect ?? 0;
  return {
    method: view.method,
    base,
    moved,
    rise,
    indexChange: scoreChange.change,
    movedEffect: scoreChange.indicators.find((i) => i.key === moved.key)?.scoreEffect ?? 0,
    entering,
    enteringScore,
    coverageChange: coverage.change,
    enteringCoverageEffect: effectOf(entering.key),
    othersCoverageEffect: coverage.indicators.filter((i) => i.key !== entering.key).reduce((sum, i) => sum + i.coverageEffect, 0),
  };
}

/**
 * One standard deviation of a normalised weight ŵ under Dirichlet(c·ŵ): its marginal is
 * Beta(c·ŵ, c·(1 − ŵ)) with variance ŵ(1 − ŵ)/(c + 1).
 */
export function dirichletWeightSd(share: number, concentration: number = MONTE_CARLO_SETTINGS.weightConcentration): number {
  return Math.sqrt((share * (1 - share)) / (concentration + 1));
}

// ---------------------------------------------------------------------------------------------
// Bands
// ---------------------------------------------------------------------------------------------

export interface BandRow {
  key: string;
  label: string;
  from: number;
  /** Upper bound, exclusive except for the last band (100 inclusive). */
  to: number;
  last: boolean;
  actions: readonly DueDiligenceAction[];
}

/** The band scale with each band's range and the due-diligence actions for the index in it. */
export function bandRows(scale: BandScale = DEFAULT_BAND_SCALE, catalogue: ActionCatalogue = DEFAULT_ACTION_CATALOGUE): BandRow[] {
  return scale.map((band, i) => ({
    key: band.key,
    label: band.label,
    from: band.lowerBound,
    to: i + 1 < scale.length ? scale[i + 1].lowerBound : 100,
    last: i + 1 === scale.length,
    actions: catalogue.bandActions[band.key] ?? [],
  }));
}
