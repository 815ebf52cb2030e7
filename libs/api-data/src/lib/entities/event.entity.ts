import type { Confidence, DatePrecision, EventStatus, EvidenceOrigin } from '@kem/contracts';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import { UserEntity } from './user.entity';

/**
 * Dated, cited evidence for an indicator. Deletion is soft, so a curated event an analyst removed
 * is never brought back by the seed, and the audit trail keeps pointing at a row.
 */
@Entity('evidence_event')
@Index(['indicatorKey', 'date'])
export class EventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'indicator_key', type: 'varchar', length: 64 })
  indicatorKey!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_key' })
  indicator?: IndicatorEntity;

  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'date_precision', type: 'varchar', length: 5, default: 'day' })
  datePrecision!: DatePrecision;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'integer' })
  severity!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  stage!: string | null;

  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName!: string;

  @Index()
  @Column({ name: 'source_url', type: 'varchar', length: 2048 })
  sourceUrl!: string;

  @Column({ type: 'varchar', length: 6 })
  confidence!: Confidence;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  status!: EventStatus;

  @Column({ type: 'varchar', length: 10 })
  origin!: EvidenceOrigin;

  /** Stable key of a curated (seeded) event; the seed adds only refs it has never stored. */
  @Column({ name: 'seed_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  seedRef!: string | null;

  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at' })
  deletedAt!: Date | null;
}
