// Public API of @kem/scoring: the Kazakhstan Exposure Monitor scoring engine (pure TypeScript).

export * from './lib/errors';
export * from './lib/dates/calendar-day';

export type * from './lib/model/indicator';
export type * from './lib/model/evidence';
export * from './lib/model/series';

export { validateIndicatorDefinition, validateScoringMethod } from './lib/methods/validate-method';
export { saturationScore, eventPressureAt, decayingPressure, type DecayClock } from './lib/methods/decaying-pressure';
export { stageScore } from './lib/methods/stage';
export { goalpostScore, metricSeries, normaliseObservations, scoredSeries } from './lib/methods/metric';
export {
  prepareEvidence,
  scorePrepared,
  scoreIndicators,
  scoreIndicator,
  type PreparedEvidence,
  type PreparedIndicator,
} from './lib/methods/score-indicators';

export * from './lib/composite/weights';
export * from './lib/composite/profile-weights';
export {
  resolveAggregation,
  aggregateScores,
  type AggregationMethod,
  type AggregationOptions,
  type ResolvedAggregation,
} from './lib/composite/aggregation';
export * from './lib/composite/composite-index';
export * from './lib/composite/index-points';

export * from './lib/bands/band-scale';
export type * from './lib/bands/action-catalogue';
export { DEFAULT_BAND_ACTIONS } from './lib/bands/default-band-actions';
export { DEFAULT_INDICATOR_ACTION_RULES } from './lib/bands/default-indicator-actions';
export * from './lib/bands/recommend-actions';

export { attributeIndexChange, type IndexChangeAttribution, type IndicatorAttribution } from './lib/explain/index-attribution';
export type { IndicatorDriver, DriverOptions, RankedDrivers } from './lib/explain/indicator-drivers';
export { explainIndicatorScore, type IndicatorScoreExplanation } from './lib/explain/explain-indicator';
export { explainIndicatorChange, type IndicatorChangeExplanation } from './lib/explain/explain-indicator-change';
export * from './lib/explain/explain-index-change';

export { SeededRandom, standardNormal, sampleGamma, sampleDirichlet } from './lib/uncertainty/seeded-random';
export { quantile } from './lib/uncertainty/quantiles';
export * from './lib/uncertainty/monte-carlo';

export * from './lib/defaults/default-indicators';

// Method version 2: structural baseline, honest memory, freshness, peak channel, calibration, validation helpers
export type { BaselineComponent, BaselineSpec } from './lib/model/indicator';
export type { EventStatus, EvidenceReview, StructuralObservation } from './lib/model/evidence';
export { addMonthsToDay, DAYS_PER_MONTH } from './lib/dates/calendar-day';
export { peakShares } from './lib/composite/aggregation';
export { validateBaselineSpec } from './lib/methods/validate-method';
export { periodDays, availabilityDay } from './lib/baseline/structural-period';
export * from './lib/baseline/baseline-series';
export { familyKeys } from './lib/memory/family-keys';
export * from './lib/memory/recorded-events';
export { buildFamilies, effectiveEnd, familyMemberIds, OPEN_END, type EventFamily, type FamilyPressure } from './lib/memory/event-families';
export * from './lib/freshness/freshness';
export * from './lib/v2/prepare-v2';
export * from './lib/v2/score-v2';
export { eventFractionSeries, incrementPressures, pressureSeriesV2 } from './lib/v2/event-fraction';
export { indicatorDayState, familyPressures, type IndicatorDayState } from './lib/v2/indicator-state';
export * from './lib/v2/explain-score-v2';
export * from './lib/v2/what-changed-v2';
export * from './lib/v2/freshness-report';
export * from './lib/uncertainty/monte-carlo-v2';
export * from './lib/calibration/saturation-quantiles';
export * from './lib/calibration/calibrate-v2';
export * from './lib/calibration/method-coefficients';
export * from './lib/defaults/default-baselines';
export * from './lib/defaults/default-indicators-v2';
export * from './lib/defaults/methods';
export { curationReviews } from './lib/v2/curation-reviews';
export * from './lib/bands/band-colours';

// Exposure of one company (footprint → exposure factors → company index) and what-if scenarios, replay
export * from './lib/exposure/footprint';
export * from './lib/exposure/exposure-rule';
export * from './lib/exposure/company-index';
export * from './lib/exposure/company-actions';
export * from './lib/scenario/scenario';
export * from './lib/scenario/project-scenario';
export * from './lib/scenario/scenario-presets';
export * from './lib/scenario/replay';
