import type { Confidence, EvidenceOrigin } from '@kem/contracts';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import { UserEntity } from './user.entity';

/**
 * A dated value of one series of a metric indicator (e.g. Russia's share of trade, %) or of a
 * structural series behind a baseline (Freedom House, WGI, RSF…). `date` is the last day of the
 * period the value describes; `period` says which period ('2023' a year, '2025-06' January–June
 * 2025), `vintage` when the figure was published (its edition), `recordedAt` when we learned it.
 */
@Entity('observation')
@Unique(['indicatorKey', 'series', 'date'])
export class ObservationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'indicator_key', type: 'varchar', length: 64 })
  indicatorKey!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_key' })
  indicator?: IndicatorEntity;

  @Column({ type: 'varchar', length: 64 })
  series!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'varchar', length: 60 })
  unit!: string;

  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName!: string;

  @Column({ name: 'source_url', type: 'varchar', length: 2048 })
  sourceUrl!: string;

  @Column({ type: 'varchar', length: 6 })
  confidence!: Confidence;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** 'YYYY' or 'YYYY-MM' (a part-year ending with that month); null = a reading of `date` alone. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  period!: string | null;

  /** Day the figure was published (its edition), when known. */
  @Column({ type: 'date', nullable: true })
  vintage!: string | null;

  /** Day we learned the value; null = not recorded (the scorer then applies the series' publication rule). */
  @Column({ name: 'recorded_at', type: 'date', nullable: true })
  recordedAt!: string | null;

  @Column({ type: 'varchar', length: 10 })
  origin!: EvidenceOrigin;

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
