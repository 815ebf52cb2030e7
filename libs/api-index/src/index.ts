export * from './lib/index.module';
export * from './lib/build/index-builder.service';
export * from './lib/build/score-store';
export {
  HISTORY_START,
  CURATION_RULE,
  loadEvidence,
  definitionsV2,
  type EvidenceSnapshot,
  type TouchLog,
} from './lib/build/evidence-snapshot';
export { IndexFrames } from './lib/read/index-frames';
export { IndexReader } from './lib/read/index-reader.service';
export { IndexExplainer } from './lib/read/index-explainer.service';
export { IndexOverviews, type OverviewFootprint } from './lib/read/index-overviews.service';
export { OverviewQueryDto, RangeQueryDto } from './lib/read/index-query.dto';
export { sendSerialised } from './lib/read/serialised-cache';
export { IndexNotReadyError, ServedIndex } from './lib/read/served-index';
export { summariseLatest, type ActionRanker } from './lib/read/index-summary';
export { companyFrame } from './lib/read/company-frame';
export { freshnessView, indicatorFreshness, indicatorScores, noValueReason, type IndexFrame } from './lib/read/freshness-views';
export { errorInWords } from './lib/health/evidence-health.service';
