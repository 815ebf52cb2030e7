export const INDEX_INTERVALS = ['day', 'week', 'month'] as const;
export type IndexInterval = (typeof INDEX_INTERVALS)[number];

/**
 * Scoring method versions the API serves. 2 (structural baseline, honest memory, freshness) is the
 * default everywhere; 1 (event pressure only) stays available for comparison with `?method=1`.
 */
export const METHOD_VERSIONS = [1, 2] as const;
export type MethodVersionView = (typeof METHOD_VERSIONS)[number];
export const DEFAULT_METHOD_VERSION: MethodVersionView = 2;

/**
 * Evidence freshness of an indicator (method version 2): fresh within its review interval; stale
 * past it (decay stops at the last reviewed level, the band widens); unmonitored past three
 * intervals (left out of the composite, never imputed as 0). Method 1 reports every indicator fresh.
 */
export type FreshnessStateView = 'fresh' | 'stale' | 'unmonitored';

export interface IndicatorFreshnessView {
  indicatorKey: string;
  state: FreshnessStateView;
  /** Expected review interval; null under method 1 (no freshness). */
  reviewIntervalDays: number | null;
  /** Latest day of evidence known on the day: an event's date or the day it was recorded, an observation. */
  lastEvidence: string | null;
  /** Latest "reviewed — no change" (an analyst's, or the curation of the seeded history). */
  lastReview: string | null;
  /** Whether lastReview is an analyst's review (false: the curation of the seeded history). */
  lastReviewByAnalyst: boolean;
  /** "No new evidence for N days": days from lastEvidence to the day; null when there is none. */
  daysSinceEvidence: number | null;
  /** Days since the indicator was last looked at (evidence or review): what the state is measured by. */
  daysSinceTouch: number | null;
  /** First day the indicator is (or will be) stale / unmonitored without a new look; null when never touched or no interval. */
  staleFrom: string | null;
  unmonitoredFrom: string | null;
  /** In the composite on the day (false when unmonitored or without data). */
  inComposite: boolean;
  /** A structural series behind the baseline is older than its expected vintage (or a documented prior). */
  staleVintage: boolean;
  /** An event of unknown status outlived its hold and is decaying (flagged). */
  unknownLapsed: boolean;
  /** Extra half-width of the uncertainty band from staleness, score points. */
  spread: number;
}

export interface CoverageView {
  /** Indicators in the composite / all indicators. */
  covered: number;
  total: number;
  /** covered / total, 0..1. */
  share: number;
  inComposite: string[];
  /** Indicators left out (unmonitored, or without data). */
  leftOut: string[];
}

/** Freshness of every indicator on one day, with coverage and the "no new evidence for N days" figure. */
export interface FreshnessView {
  date: string;
  method: MethodVersionView;
  coverage: CoverageView;
  indicators: IndicatorFreshnessView[];
  /** Latest day of new evidence on any indicator (≤ date), and the days since it. */
  lastNewEvidence: string | null;
  daysSinceNewEvidence: number | null;
  stale: string[];
  unmonitored: string[];
  /** One sentence for people, e.g. "No new evidence for 189 days; 7 of 8 indicators stale, 1 unmonitored (left out)." */
  summary: string;
}

/** An indicator's score beside the total (as WTW shows each peril). */
export interface IndicatorScoreView {
  indicatorKey: string;
  /** Score 0–100 (shown also when unmonitored); null without data. */
  score: number | null;
  /** Structural baseline part (method 2); null under method 1. */
  baseline: number | null;
  /** Index points it adds to the total; null when left out of the composite. */
  contribution: number | null;
  band: string | null;
  state: FreshnessStateView;
}

export interface ProfileRef {
  slug: string;
  name: string;
  /** The version whose index is served. */
  version: number;
}

export interface IndexPointView {
  /** The day; for week and month intervals the last day of the period. */
  date: string;
  /** Null when no indicator is in the composite that day (every one unmonitored): there is no honest value, never 0. */
  value: number | null;
  band: string | null;
  /** Index points per indicator; they sum to value. */
  contributions: Record<string, number>;
  /** Indicators that counted (had data, weight, and were monitored). */
  coverage: string[];
  /** Score of every indicator with data that day (also unmonitored ones, shown beside the total). */
  scores: Record<string, number>;
  /** Indicators stale that day (frozen at their last reviewed level; still in the composite). */
  stale: string[];
  /** Indicators unmonitored that day (left out of the composite). */
  unmonitored: string[];
  /** 5th and 95th percentile under perturbed weights and severities; null where not computed. */
  lower: number | null;
  upper: number | null;
}

export interface IndexSeriesView {
  profile: ProfileRef;
  /** Scoring method of the series (2 unless ?method=1). */
  method: MethodVersionView;
  /** Point in time: the series as known on this day (only evidence recorded by then); null = as known today. */
  asOf: string | null;
  interval: IndexInterval;
  from: string;
  to: string;
  /** When the served history was computed. */
  computedAt: string | null;
  points: IndexPointView[];
  /** Freshness, coverage and scores on the last day served (`to`). */
  freshness: FreshnessView;
  /** Why some points have no value (null when every point has one). */
  noValueReason: string | null;
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
  method: MethodVersionView;
  /** Point in time (?asOf=): the latest day as known then; null = today. */
  asOf: string | null;
  date: string;
  /** Null when no indicator is in the composite (see reason) — never 0. */
  value: number | null;
  band: string | null;
  bandLabel: string | null;
  /** Why value is null; null when there is a value. */
  reason: string | null;
  lower: number | null;
  upper: number | null;
  changes: IndexChange[];
  /** Indicators in the composite (see freshness.coverage for counts and the left-out ones). */
  coverage: string[];
  /** Per-indicator freshness, coverage and "no new evidence for N days". */
  freshness: FreshnessView;
  /** Each indicator's score beside the total. */
  scores: IndicatorScoreView[];
  /** Largest contributors to the 30-day change. */
  topMovers: IndexMoverView[];
  bandActions: DueDiligenceActionView[];
  /** In the order to act on them: by score for the country, by what matters for a footprint in the company view. */
  indicatorActions: {
    indicatorKey: string;
    score: number;
    band: string;
    actions: DueDiligenceActionView[];
    /** Why it ranks here for the footprint (its exposure to the channel); absent for the country. */
    why?: string;
  }[];
  computedAt: string | null;
}

export interface IndicatorScorePointView {
  date: string;
  score: number;
  /** Structural baseline part (method 2); null under method 1. */
  baseline: number | null;
  state: FreshnessStateView;
}

export interface IndicatorSeriesView {
  indicatorKey: string;
  method: MethodVersionView;
  from: string;
  to: string;
  /** Daily scores 0–100; days before the indicator has data are left out. */
  points: IndicatorScorePointView[];
  /** Freshness on the last day served. */
  freshness: IndicatorFreshnessView;
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

/** The four kinds of change method 2 tells apart, plus coverage/weight effects; in index points, they sum to the change. */
export interface ChangePartsView {
  /** Evidence that started between the two days (new events, a new stage, a new observation). */
  newEvidence: number;
  /** Old evidence fading (decay after its end): not a fall in risk, only time passing. */
  fading: number;
  /** Structural baselines moving (a new annual figure). */
  baseline: number;
  /** Staleness: decay frozen on stale indicators, indicators leaving or re-entering the composite. */
  staleness: number;
  /** Weights and the peak channel shifting between indicators without any of the above. */
  reweighting: number;
}

/** An event family behind an indicator's change: its index points on `to` minus on `from`. */
export interface ChangeDriverView {
  /** The strongest event of the family (see `events` for title and source). */
  eventId: number | string;
  memberIds: (number | string)[];
  kind: 'new' | 'fading' | 'held';
  severity: number;
  status: 'ongoing' | 'ended' | 'unknown';
  startDate: string;
  /** Last day held at full impact; null while ongoing. */
  endDate: string | null;
  points: number;
}

export interface IndicatorChangeView {
  indicatorKey: string;
  scoreFrom: number | null;
  scoreTo: number | null;
  /** Index points, to minus from. */
  change: number;
  parts: ChangePartsView;
  stateFrom: FreshnessStateView;
  stateTo: FreshnessStateView;
  /** Entered or left the composite between the two days. */
  monitoringChanged: boolean;
  drivers: ChangeDriverView[];
}

/** "What changed and why" (method 2): new evidence, fading, baseline and staleness told apart. */
export interface IndexExplanationView {
  profile: ProfileRef;
  method: MethodVersionView;
  from: string;
  to: string;
  /** Null when the index has no value on that day (see reason). */
  indexFrom: number | null;
  indexTo: number | null;
  change: number | null;
  reason: string | null;
  parts: ChangePartsView;
  /** Indicators by |change|, largest first. */
  indicators: IndicatorChangeView[];
  /** Freshness on `to`. */
  freshness: FreshnessView;
  /** Sentences for people, e.g. "No new evidence for 189 days: the change is fading and staleness only." */
  summary: string[];
  /** Events behind the drivers, by event id. */
  events: Record<string, DriverEvidenceView>;
}
