import type { SuggestionConfidence, TriageDecision } from '@kem/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn, Reference } from './base/columns';
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

  @Reference(() => EventEntity, 'event_id', 'CASCADE')
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

  @Reference(() => EventEntity, 'parent_id', 'SET NULL')
  parent?: EventEntity | null;

  @Column({ type: 'varchar', length: 6 })
  confidence!: SuggestionConfidence;

  @JsonColumn()
  reasons!: string[];

  @Column({ type: 'varchar', length: 9, nullable: true })
  decision!: TriageDecision | null;

  /** Why a draft was rejected (also in the audit trail). */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @InstantColumn('decided_at', { nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
