import { AuditEntryEntity } from './audit-entry.entity';
import { ConnectorLeaseEntity } from './connector-lease.entity';
import { ConnectorRunEntity } from './connector-run.entity';
import { EventEntity } from './event.entity';
import { IndicatorEntity } from './indicator.entity';
import { ObservationEntity } from './observation.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export { AuditEntryEntity, ConnectorLeaseEntity, ConnectorRunEntity, EventEntity, IndicatorEntity, ObservationEntity, SessionEntity, UserEntity };

export const ENTITIES = [UserEntity, SessionEntity, IndicatorEntity, EventEntity, ObservationEntity, AuditEntryEntity, ConnectorRunEntity, ConnectorLeaseEntity];
export type { ConnectorRunStatus, ConnectorRunTrigger } from './connector-run.entity';
