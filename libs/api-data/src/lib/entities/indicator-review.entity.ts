import { Column, Entity, Index } from 'typeorm';
import { DayColumn } from './base/columns';
import { IndicatorRecord } from './base/evidence-rows';

/**
 * "Reviewed — no change": an analyst looked at an indicator's evidence on `reviewedOn` and found
 * nothing to add. It resets the indicator's freshness (method version 2) without adding impact.
 */
@Entity('indicator_review')
@Index(['indicatorKey', 'reviewedOn'])
export class IndicatorReviewEntity extends IndicatorRecord {
  /** Day the evidence was reviewed, 'YYYY-MM-DD'. */
  @DayColumn({ name: 'reviewed_on' })
  reviewedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Day the review was entered, from the API's clock (point-in-time replay uses it). */
  @DayColumn({ name: 'recorded_at' })
  recordedAt!: string;
}
