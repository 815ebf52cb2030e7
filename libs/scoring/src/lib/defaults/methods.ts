import type { AggregationMethod } from '../composite/aggregation';
import { DEFAULT_STALENESS_SPREAD, type StalenessSpread } from '../freshness/freshness';
import type { IndicatorDefinition } from '../model/indicator';
import { DEFAULT_INDICATORS_V2 } from './default-indicators-v2';
import { DEFAULT_INDICATORS } from './default-indicators';

/**
 * Versioned scoring methods. A method change re-scores history; the API keeps serving the previous
 * version's series for comparison, keyed by `version`.
 */
export type MethodVersion = 1 | 2;

export interface ScoringMethodSet {
  readonly version: MethodVersion;
  readonly label: string;
  readonly summary: string;
  readonly indicators: readonly IndicatorDefinition[];
  readonly aggregation: AggregationMethod;
  /** Recommended peak-channel λ (a profile may override it). */
  readonly peakChannel: number;
  /** Version 2 only: widening of the uncertainty band of stale indicators. */
  readonly stalenessSpread: StalenessSpread | null;
}

export const METHOD_V1: ScoringMethodSet = {
  version: 1,
  label: 'Version 1 — event pressure',
  summary: 'Scores from decaying event pressure only (0 without news), a metric for trade, weighted arithmetic mean.',
  indicators: DEFAULT_INDICATORS,
  aggregation: 'arithmetic',
  peakChannel: 0,
  stalenessSpread: null,
};

export const METHOD_V2: ScoringMethodSet = {
  version: 2,
  label: 'Version 2 — structural baseline, honest memory, freshness',
  summary:
    'Each score is a structural baseline from annual public series plus event pressure on top, s = B + (100 − B)(1 − e^(−x/k)); ongoing events are held until an end is entered and follow-ups join their event family; an indicator nobody reviewed holds its level (stale: events age only on monitored days, so new evidence adds to the level held) and is then left out (unmonitored); a peak-channel term λ = 0.25 keeps a one-channel crisis from being diluted.',
  indicators: DEFAULT_INDICATORS_V2,
  aggregation: 'arithmetic',
  peakChannel: 0.25,
  stalenessSpread: DEFAULT_STALENESS_SPREAD,
};

export const SCORING_METHODS: Readonly<Record<MethodVersion, ScoringMethodSet>> = { 1: METHOD_V1, 2: METHOD_V2 };

/** The method set of a version. */
export function scoringMethod(version: MethodVersion): ScoringMethodSet {
  return SCORING_METHODS[version];
}
