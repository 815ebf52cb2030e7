/**
 * How an indicator's daily score in [0, 100] is made: the scoring engine's method parameters as plain
 * JSON, served to the dashboard (methodology page, live weight preview) and stored by the API. The
 * engine (@kem/scoring) scores with exactly these types.
 */

/** Impact p(σ) of an event of severity σ = 1..5, as `[p(1), p(2), p(3), p(4), p(5)]`, non-decreasing. */
export type SeverityImpactTable = readonly [number, number, number, number, number];

/** Parameters of a decaying, saturating pressure built from dated events. */
export interface DecayingPressureParameters {
  /** h: days after an event's end for its impact to halve. */
  readonly halfLifeDays: number;
  /** k: pressure at which the score reaches 100·(1 − 1/e) ≈ 63.2. */
  readonly saturation: number;
  /** p(σ) for severities 1..5. */
  readonly impacts: SeverityImpactTable;
}

/** Event pressure: events add impact, held while ongoing, then decaying; the sum saturates. */
export interface EventPressureMethod extends DecayingPressureParameters {
  readonly kind: 'event_pressure';
}

/** One legislative stage and the score level it sets. */
export interface StageLevel {
  /** Value carried by `event.stage`, e.g. `first_reading`. */
  readonly key: string;
  readonly label: string;
  /** Score level in [0, 100] while this is the latest stage. */
  readonly level: number;
}

/**
 * Stage (legislation): the latest stage event sets a level; events without a stage are enforcement
 * events that push the score from that level towards 100 and decay.
 */
export interface StageMethod {
  readonly kind: 'stage';
  /** Stages in their usual order (for display); the order does not affect scoring. */
  readonly stages: readonly StageLevel[];
  readonly enforcement: DecayingPressureParameters;
}

export type MetricNormalisation =
  /** clip((v − lo)/(hi − lo), 0, 1)·100 */
  | { readonly kind: 'goalposts'; readonly lo: number; readonly hi: number }
  /** mid-rank percentile of v among the observations so far; no score before `minObservations`. */
  | { readonly kind: 'percentile'; readonly minObservations: number };

export type MetricDirection = 'higher_is_riskier' | 'higher_is_safer';

/** Metric: numeric observations carried forward and normalised to [0, 100]. */
export interface MetricMethod {
  readonly kind: 'metric';
  /**
   * The observation series that is scored, e.g. 'russia_trade_share'. An indicator may carry other
   * series as context (turnover in USD, news volume); callers pass only this one to the scorer.
   * Absent: the series named like the indicator key.
   */
  readonly series?: string;
  readonly normalisation: MetricNormalisation;
  readonly direction: MetricDirection;
  /** Unit of the observed values, for display (e.g. '%'). */
  readonly unit: string;
}

export type ScoringMethod = EventPressureMethod | StageMethod | MetricMethod;
export type ScoringMethodKind = ScoringMethod['kind'];

/**
 * One structural series in a baseline: normalised with goalposts like a metric,
 *   u = clip((v − lo)/(hi − lo), 0, 1)·100  (100 − u when higher is safer),
 * and weighted by the share of the 0–100 scale it may claim.
 */
export interface BaselineComponent {
  /** Structural series key, e.g. 'fh_civil_liberties'. */
  readonly series: string;
  readonly label: string;
  readonly lo: number;
  readonly hi: number;
  readonly direction: MetricDirection;
  /** Points of the score scale per unit of u/100: B = Σ weight · u (Σ weights ≤ 1). */
  readonly weight: number;
  /** When a period's value becomes known: `lagMonths` after the start or the end of its period. */
  readonly availableFrom: 'period_start' | 'period_end';
  readonly lagMonths: number;
  /** Value used before the first observation is known, with its justification (flagged as stale vintage). */
  readonly prior?: { readonly value: number; readonly note: string } | null;
}

/** How an indicator's structural baseline is made (shown on the methodology page). */
export interface BaselineSpec {
  readonly components: readonly BaselineComponent[];
  /** A value older than this (months since it became known) is flagged `staleVintage`. */
  readonly expectedVintageMonths: number;
  /** Why these series and goalposts. */
  readonly rationale: string;
  /** Where the data are thin. */
  readonly dataNotes: string;
}
