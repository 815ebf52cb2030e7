import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/**
 * A news item intake left out because it repeats a stored event or draft (the same canonical URL,
 * or a near-duplicate headline from another feed), kept so the analyst sees every outlet that
 * carried the story and a later sync does not bring the copy back (its URL is unique here).
 */
@Entity('intake_duplicate')
export class IntakeDuplicateEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The event or draft the item was merged into. */
  @Index()
  @Column({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName!: string;

  @Column({ name: 'source_url', type: 'varchar', length: 2048, unique: true })
  sourceUrl!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 5 })
  kind!: 'url' | 'title';

  @Column({ type: 'double precision' })
  similarity!: number;

  @Column({ type: 'text' })
  reason!: string;

  /** Day the copy arrived (the clock's today). */
  @Column({ name: 'recorded_at', type: 'date', nullable: true })
  recordedAt!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
