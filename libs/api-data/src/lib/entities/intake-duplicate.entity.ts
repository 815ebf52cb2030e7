import { Column, Entity, Index } from 'typeorm';
import { DayColumn, DoubleColumn, Reference } from './base/columns';
import { EventEntity } from './event.entity';
import { CreatedRow } from './base/rows';

/**
 * A news item intake left out because it repeats a stored event or draft (the same canonical URL,
 * or a near-duplicate headline from another feed), kept so the analyst sees every outlet that
 * carried the story and a later sync does not bring the copy back (its URL is unique here).
 */
@Entity('intake_duplicate')
export class IntakeDuplicateEntity extends CreatedRow {
  /** The event or draft the item was merged into. */
  @Index()
  @Column({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @Reference(() => EventEntity, 'event_id', 'CASCADE')
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName!: string;

  @Column({ name: 'source_url', type: 'varchar', length: 2048, unique: true })
  sourceUrl!: string;

  @DayColumn()
  date!: string;

  @Column({ type: 'varchar', length: 5 })
  kind!: 'url' | 'title';

  @DoubleColumn()
  similarity!: number;

  @Column({ type: 'text' })
  reason!: string;

  /** Day the copy arrived (the clock's today). */
  @DayColumn({ name: 'recorded_at', nullable: true })
  recordedAt!: string | null;
}
