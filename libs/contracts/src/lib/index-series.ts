export type IndexInterval = 'day' | 'week' | 'month';

export interface ProfileRef {
  slug: string;
  name: string;
  /** The version whose index is served. */
  version: number;
}

export interface IndexPointView {
  /** The day; for week and month intervals the last day of the period. */
  date: string;
  value: number;
  band: string;
  /** Index points per indicator; they sum to value. */
  contributions: Record<string, number>;
  /** Indicators that counted (had data and weight). */
  coverage: string[];
  /** 5th and 95th percentile under perturbed weights and severities; null where not computed. */
  lower: number | null;
  upper: number | null;
}

export interface IndexSeriesView {
  profile: ProfileRef;
  interval: IndexInterval;
  from: string;
  to: string;
  /** When the served history was computed. */
  computedAt: string | null;
  points: IndexPointView[];
}

export interface IndexChange {
  days: number;
  /** Index points, latest minus then; null when the history does not reach back that far. */
  change: number | null;
}

export interface DueDiligenceActionView {
  id: string;
  text: string;
}

export interface IndexMoverView {
  indicatorKey: string;
  /** Index points this indicator added (+) or removed (−) over the window. */
  points: number;
}

export interface LatestIndexView {
  profile: ProfileRef;
  date: string;
  value: number;
  band: string;
  bandLabel: string;
  lower: number | null;
  upper: number | null;
  changes: IndexChange[];
  coverage: string[];
  /** Largest contributors to the 30-day change. */
  topMovers: IndexMoverView[];
  bandActions: DueDiligenceActionView[];
  indicatorActions: { indicatorKey: string; score: number; band: string; actions: DueDiligenceActionView[] }[];
  computedAt: string | null;
}

export interface IndicatorScorePointView {
  date: string;
  score: number;
}

export interface IndicatorSeriesView {
  indicatorKey: string;
  from: string;
  to: string;
  /** Daily scores 0–100; days before the indicator has data are left out. */
  points: IndicatorScorePointView[];
}

export interface UncertaintyPointView {
  date: string;
  value: number;
  lower: number;
  upper: number;
}

export interface IndexUncertaintyView {
  profile: ProfileRef;
  /** How the band was made, for the methodology note beside the chart. */
  method: string;
  points: UncertaintyPointView[];
}

/** Evidence behind a driver of an index change, for linking to its source. */
export interface DriverEvidenceView {
  title: string;
  sourceName: string;
  sourceUrl: string;
}

export type IndexExplanationView = import('@kem/scoring').IndexChangeExplanation & {
  profile: ProfileRef;
  /** Events behind the drivers, by event id. */
  events: Record<string, DriverEvidenceView>;
};
