import { AuditEntryEntity } from './audit-entry.entity';
import { ConnectorLeaseEntity } from './connector-lease.entity';
import { ConnectorRunEntity } from './connector-run.entity';
import { DeliveryEntity } from './delivery.entity';
import { EventEntity } from './event.entity';
import { FootprintEntity } from './footprint.entity';
import { ScenarioEntity } from './scenario.entity';
import { IndexBuildEntity } from './index-build.entity';
import { IndexPointEntity } from './index-point.entity';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorReviewEntity } from './indicator-review.entity';
import { IndicatorScoreEntity } from './indicator-score.entity';
import { IntakeDuplicateEntity } from './intake-duplicate.entity';
import { IntakeSuggestionEntity } from './intake-suggestion.entity';
import { ObservationEntity } from './observation.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { SessionEntity } from './session.entity';
import { SubscriptionEntity } from './subscription.entity';
import { UserEntity } from './user.entity';
import { WeightProfileVersionEntity } from './weight-profile-version.entity';
import { WeightProfileEntity } from './weight-profile.entity';

export {
  AuditEntryEntity,
  ConnectorLeaseEntity,
  ConnectorRunEntity,
  DeliveryEntity,
  EventEntity,
  IndexBuildEntity,
  IndexPointEntity,
  IndicatorEntity,
  IndicatorReviewEntity,
  IndicatorScoreEntity,
  IntakeDuplicateEntity,
  IntakeSuggestionEntity,
  ObservationEntity,
  OutboxMessageEntity,
  SessionEntity,
  SubscriptionEntity,
  UserEntity,
  WeightProfileEntity,
  WeightProfileVersionEntity,
};

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  IndicatorEntity,
  EventEntity,
  ObservationEntity,
  AuditEntryEntity,
  ConnectorRunEntity,
  ConnectorLeaseEntity,
  WeightProfileEntity,
  WeightProfileVersionEntity,
  IndexPointEntity,
  IndexBuildEntity,
  SubscriptionEntity,
  DeliveryEntity,
  OutboxMessageEntity,
  IndicatorReviewEntity,
  IndicatorScoreEntity,
  FootprintEntity,
  ScenarioEntity,
  IntakeSuggestionEntity,
  IntakeDuplicateEntity,
];
export type { ConnectorRunStatus, ConnectorRunTrigger } from './connector-run.entity';
export type { IndexBuildStatus } from './index-build.entity';
export { EVENT_LIFECYCLES, type EventLifecycle } from './event.entity';
export { FootprintEntity, ScenarioEntity };
export type { StoredScenarioDefinition } from './scenario.entity';
