import { Platform1764000000000 } from './1764000000000-platform';
import { Evidence1764100000000 } from './1764100000000-evidence';
import { Connectors1764200000000 } from './1764200000000-connectors';
import { Index1764300000000 } from './1764300000000-index';
import { Digests1764400000000 } from './1764400000000-digests';
import { ScaleOut1765000000000 } from './1765000000000-scale-out';
import { EvidenceV21765100000000 } from './1765100000000-evidence-v2';
import { IndicatorScores1765200000000 } from './1765200000000-indicator-scores';
import { Exposure1765300000000 } from './1765300000000-exposure';
import { IntakeSuggestion1765400000000 } from './1765400000000-intake-suggestion';
import { EvidenceIndexes1765500000000 } from './1765500000000-evidence-indexes';
import { ProfilePeakWeight1765600000000 } from './1765600000000-profile-peak-weight';
import { SubscriptionFootprint1765700000000 } from './1765700000000-subscription-footprint';
import { EventSearch1765800000000 } from './1765800000000-event-search';
import { EventLiveCovering1765900000000 } from './1765900000000-event-live-covering';

export { EVENT_SEARCH_EXPRESSION, EVENT_SEARCH_TABLE } from './1765800000000-event-search';

/** Every migration, oldest first. New migrations are appended here. */
export const MIGRATIONS = [
  Platform1764000000000,
  Evidence1764100000000,
  Connectors1764200000000,
  Index1764300000000,
  Digests1764400000000,
  ScaleOut1765000000000,
  EvidenceV21765100000000,
  IndicatorScores1765200000000,
  Exposure1765300000000,
  IntakeSuggestion1765400000000,
  EvidenceIndexes1765500000000,
  ProfilePeakWeight1765600000000,
  SubscriptionFootprint1765700000000,
  EventSearch1765800000000,
  EventLiveCovering1765900000000,
];
