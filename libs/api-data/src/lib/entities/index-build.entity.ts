import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WeightProfileVersionEntity } from './weight-profile-version.entity';

export type IndexBuildStatus = 'building' | 'ready' | 'failed';

/** State of the materialised index of one profile version: what evidence it reflects, and progress. */
@Entity('index_build')
export class IndexBuildEntity {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @ManyToOne(() => WeightProfileVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: WeightProfileVersionEntity;

  @Column({ type: 'varchar', length: 10 })
  status!: IndexBuildStatus;

  /** 0..1 while building. */
  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  /** Fingerprint of the evidence and indicator definitions the points were computed from. */
  @Column({ name: 'evidence_revision', type: 'varchar', length: 128, nullable: true })
  evidenceRevision!: string | null;

  @Column({ name: 'last_day', type: 'date', nullable: true })
  lastDay!: string | null;

  @Column({ name: 'computed_at', type: Date, nullable: true })
  computedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** INSTANCE_ID of the API instance building this version now; null when nobody is. */
  @Column({ name: 'builder', type: 'varchar', length: 64, nullable: true })
  builder!: string | null;

  /** Until when the builder's lease lasts (renewed while it builds); after it, anyone may build. */
  @Column({ name: 'lease_until', type: Date, nullable: true })
  leaseUntil!: Date | null;
}
