import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WeightProfileVersionEntity } from './weight-profile-version.entity';

/** One materialised day of the index under one profile version. */
@Entity('index_point')
export class IndexPointEntity {
  @PrimaryColumn({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @ManyToOne(() => WeightProfileVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: WeightProfileVersionEntity;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  /** Null when no indicator is in the composite that day (every one unmonitored): no honest value, never 0. */
  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  band!: string | null;

  /** Index points per covered indicator; they sum to value. The scores themselves are stored once, in indicator_score. */
  @Column({ type: 'simple-json' })
  contributions!: Record<string, number>;

  /** 5th and 95th percentile of the index under Monte Carlo perturbation of weights and severities. */
  @Column({ type: 'double precision', nullable: true })
  lower!: number | null;

  @Column({ type: 'double precision', nullable: true })
  upper!: number | null;
}
