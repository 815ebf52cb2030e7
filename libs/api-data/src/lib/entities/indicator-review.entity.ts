import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import { UserEntity } from './user.entity';

/**
 * "Reviewed — no change": an analyst looked at an indicator's evidence on `reviewedOn` and found
 * nothing to add. It resets the indicator's freshness (method version 2) without adding impact.
 */
@Entity('indicator_review')
@Index(['indicatorKey', 'reviewedOn'])
export class IndicatorReviewEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'indicator_key', type: 'varchar', length: 64 })
  indicatorKey!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_key' })
  indicator?: IndicatorEntity;

  /** Day the evidence was reviewed, 'YYYY-MM-DD'. */
  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** Day the review was entered, from the API's clock (point-in-time replay uses it). */
  @Column({ name: 'recorded_at', type: 'date' })
  recordedAt!: string;
}
