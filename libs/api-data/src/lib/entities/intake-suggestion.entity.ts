import type { SuggestionConfidence, TriageDecision } from '@kem/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/**
 * What intake suggested for a connector draft (indicator, severity, family, with the rules that
 * fired in words) and how the analyst settled it. One row per draft that came through intake; the
 * draft's own indicator and severity start as the suggestion, this row keeps what was suggested.
 */
@Entity('intake_suggestion')
export class IntakeSuggestionEntity {
  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** Null when no indicator keyword occurred. */
  @Column({ name: 'indicator_key', type: 'varchar', length: 64, nullable: true })
  indicatorKey!: string | null;

  @Column({ type: 'integer' })
  severity!: number;

  @Column({ name: 'severity_guessed', type: 'boolean' })
  severityGuessed!: boolean;

  /** Root of the suggested family; null for a story of its own. */
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: EventEntity | null;

  @Column({ type: 'varchar', length: 6 })
  confidence!: SuggestionConfidence;

  @Column({ type: 'simple-json' })
  reasons!: string[];

  @Column({ type: 'varchar', length: 9, nullable: true })
  decision!: TriageDecision | null;

  /** Why a draft was rejected (also in the audit trail). */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
