import type { MethodVersionView } from './index-series';
import type { BaselineSpec } from './scoring-method';

/**
 * Every coefficient of a method as rows the methodology page renders: nothing that changes a score
 * is left out (no hidden multipliers).
 */
export interface CoefficientRow {
  /** Indicator key, or null for a coefficient of the composite or the whole method. */
  readonly indicatorKey: string | null;
  readonly group:
    | 'weight'
    | 'impact'
    | 'half_life'
    | 'saturation'
    | 'stage'
    | 'baseline'
    | 'freshness'
    | 'memory'
    | 'composite'
    | 'calibration';
  /** Dotted parameter path, e.g. 'method.saturation', 'baseline.components[0].lo'. */
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
  /** argued = chosen and explained; fitted = from data by a published rule; data = a published series' range. */
  readonly basis: 'argued' | 'fitted' | 'data';
  readonly note: string;
}

/** One scoring method version, as the methodology page lists them. */
export interface MethodVersionSummaryView {
  version: MethodVersionView;
  label: string;
  summary: string;
  /** The version the API serves by default (2). */
  isDefault: boolean;
}

/** Per-indicator settings of method version 2 beside its coefficients. */
export interface MethodologyIndicatorView {
  key: string;
  name: string;
  defaultWeight: number;
  reviewIntervalDays: number | null;
  /** Days without a look after which the indicator leaves the composite (3 × the interval). */
  unmonitoredAfterDays: number | null;
  unknownHoldDays: number | null;
  /** How the review interval was chosen, with the figures for this indicator. */
  reviewIntervalBasis: string;
  baseline: BaselineSpec | null;
}

/** GET /api/methodology (public): every coefficient of the served method and the validation report. */
export interface MethodologyView {
  method: {
    version: MethodVersionView;
    label: string;
    summary: string;
    aggregation: string;
    peakChannel: number;
    stalenessSpread: { spreadPointsPerInterval: number; maxSpreadPoints: number } | null;
    unmonitoredAfterIntervals: number;
  };
  versions: MethodVersionSummaryView[];
  /** Every coefficient: weights, impacts, half-lives, saturation constants, λ, review intervals, baseline goalposts and sources. */
  coefficients: CoefficientRow[];
  indicators: MethodologyIndicatorView[];
  /** The rule behind the review intervals. */
  reviewIntervalRule: string;
  /** How the curated history counts as review (curation reviews), in words. */
  curationRule: string;
  /** tools/validation/report.json as shipped with the build (npm run validate); null when missing. */
  validation: Record<string, unknown> | null;
}
