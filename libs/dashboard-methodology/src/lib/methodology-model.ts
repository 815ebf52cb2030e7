import { IndicatorView } from '@kem/contracts';
import {
  classifyBand,
  DEFAULT_ACTION_CATALOGUE,
  DEFAULT_BAND_SCALE,
  eventPressureAt,
  goalpostScore,
  metricSeries,
  normaliseObservations,
  resolveAggregation,
  saturationScore,
  SEVERITY_RUBRIC,
  stageScore,
  type ActionCatalogue,
  type BandScale,
  type DecayingPressureParameters,
  type DueDiligenceAction,
  type MetricMethod,
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
  return {
    stage,
    severity,
    impact,
    daysAfterEnd,
    pressure,
    levelScore: stageScore(stage.level, 0, saturation),
    score,
    band: bandLabel(score),
  };
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
      return { kind: 'metric', method, series: metricSeries(indicator.key, method), example: metricExample(method) };
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
