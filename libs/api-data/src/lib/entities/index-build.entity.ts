import { Column, Entity } from 'typeorm';
import { DayColumn, DoubleColumn, InstantColumn } from './base/columns';
import { VersionRow } from './base/version-row';

export type IndexBuildStatus = 'building' | 'ready' | 'failed';

/** State of the materialised index of one profile version: what evidence it reflects, and progress. */
@Entity('index_build')
export class IndexBuildEntity extends VersionRow {
  @Column({ type: 'varchar', length: 10 })
  status!: IndexBuildStatus;

  /** 0..1 while building. */
  @DoubleColumn({ default: 0 })
  progress!: number;

  /** Fingerprint of the evidence and indicator definitions the points were computed from. */
  @Column({ name: 'evidence_revision', type: 'varchar', length: 128, nullable: true })
  evidenceRevision!: string | null;

  @DayColumn({ name: 'last_day', nullable: true })
  lastDay!: string | null;

  @InstantColumn('computed_at', { nullable: true })
  computedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** INSTANCE_ID of the API instance building this version now; null when nobody is. */
  @Column({ name: 'builder', type: 'varchar', length: 64, nullable: true })
  builder!: string | null;

  /** Until when the builder's lease lasts (renewed while it builds); after it, anyone may build. */
  @InstantColumn('lease_until', { nullable: true })
  leaseUntil!: Date | null;
}
