import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, JsonColumn } from './base/columns';
import { NumberedRow } from './base/rows';

export type ConnectorRunStatus = 'running' | 'ok' | 'partial' | 'failed';
export type ConnectorRunTrigger = 'schedule' | 'manual' | 'retry';

/** One sync of one connector: when, why, what it stored, and what went wrong. */
@Entity('connector_run')
@Index(['connectorKey', 'startedAt'])
export class ConnectorRunEntity extends NumberedRow {
  @Column({ name: 'connector_key', type: 'varchar', length: 32 })
  connectorKey!: string;

  @Column({ type: 'varchar', length: 10 })
  trigger!: ConnectorRunTrigger;

  @InstantColumn('started_at')
  startedAt!: Date;

  @InstantColumn('finished_at', { nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'varchar', length: 10 })
  status!: ConnectorRunStatus;

  @Column({ name: 'observations_added', type: 'integer', default: 0 })
  observationsAdded!: number;

  @Column({ name: 'observations_updated', type: 'integer', default: 0 })
  observationsUpdated!: number;

  @Column({ name: 'drafts_added', type: 'integer', default: 0 })
  draftsAdded!: number;

  @JsonColumn({ nullable: true })
  warnings!: string[] | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
