import type { Confidence, EvidenceOrigin } from '@kem/contracts';
import { Column, CreateDateColumn, DeleteDateColumn, UpdateDateColumn } from 'typeorm';
import { Reference } from './columns';
import { IndicatorEntity } from '../indicator.entity';
import { UserEntity } from '../user.entity';
import { NumberedRow } from './rows';

/** A row a user wrote (weights, a review, evidence); it stays, without its author, when the account goes. */
export abstract class AuthoredRow extends NumberedRow {
  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  @Reference(() => UserEntity, 'author_id', 'SET NULL')
  author?: UserEntity | null;
}

/** What a user recorded about one indicator; an indicator with such rows cannot be deleted. */
export abstract class IndicatorRecord extends AuthoredRow {
  @Column({ name: 'indicator_key', type: 'varchar', length: 64 })
  indicatorKey!: string;

  @Reference(() => IndicatorEntity, 'indicator_key', 'RESTRICT')
  indicator?: IndicatorEntity;
}

/** Cited evidence of an indicator (an event, an observation): its source, how sure it is, where it came from; deleted softly. */
export abstract class CitedEvidence extends IndicatorRecord {
  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName!: string;

  @Column({ name: 'source_url', type: 'varchar', length: 2048 })
  sourceUrl!: string;

  @Column({ type: 'varchar', length: 6 })
  confidence!: Confidence;

  @Column({ type: 'varchar', length: 10 })
  origin!: EvidenceOrigin;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at' })
  deletedAt!: Date | null;
}
