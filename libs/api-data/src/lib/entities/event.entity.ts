import type { DatePrecision, EventStatus } from '@kem/contracts';
import { Column, Entity, Index } from 'typeorm';
import { DayColumn, Reference } from './base/columns';
import { CitedEvidence } from './base/evidence-rows';

/** Whether what an event describes is still under way (method version 2, "honest memory"). */
export const EVENT_LIFECYCLES = ['ongoing', 'ended', 'unknown'] as const;
export type EventLifecycle = (typeof EVENT_LIFECYCLES)[number];

/**
 * Indexes of the event list (ORDER BY date, id; filtered by status or indicator): live rows only,
 * since every query of live events says `deleted_at IS NULL`, and with the end date, which a date
 * range compares, and `deleted_at` itself (SQLite takes a partial index as covering only when it
 * holds the columns of its own filter), so the page's ids and its count come from the index alone.
 */
export const LIVE_EVENT_WHERE = 'deleted_at IS NULL';

/**
 * Dated, cited evidence for an indicator. Deletion is soft, so a curated event an analyst removed
 * is never brought back by the seed, and the audit trail keeps pointing at a row.
 *
 * Method version 2 adds: `lifecycle` (is the situation still under way; `status` stays the
 * draft/published triage state), `parentId` (the event family: a follow-up joins its parent's
 * family; one level only — a parent has no parent, which the writers check) and `recordedAt` (the
 * day we learned of it, for point-in-time replay).
 */
@Entity('evidence_event')
@Index(['indicatorKey', 'date'])
@Index(['sourceUrl'])
@Index('IDX_evidence_event_live_date', ['date', 'id', 'endDate', 'deletedAt'], { where: LIVE_EVENT_WHERE })
@Index('IDX_evidence_event_live_status_date', ['status', 'date', 'id', 'endDate', 'deletedAt'], {
  where: LIVE_EVENT_WHERE,
})
@Index('IDX_evidence_event_live_indicator_date', ['indicatorKey', 'date', 'id', 'endDate', 'deletedAt'], {
  where: LIVE_EVENT_WHERE,
})
export class EventEntity extends CitedEvidence {
  @DayColumn()
  date!: string;

  @Column({ name: 'date_precision', type: 'varchar', length: 5, default: 'day' })
  datePrecision!: DatePrecision;

  @DayColumn({ name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'integer' })
  severity!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  stage!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  status!: EventStatus;

  /**
   * `ongoing` holds full impact until an end date is entered; `unknown` (the default: nobody said
   * it ended) holds for the indicator's bounded time, then is flagged; `ended` ends on `endDate`,
   * or on `date` when there is none.
   */
  @Column({ type: 'varchar', length: 7, default: 'unknown' })
  lifecycle!: EventLifecycle;

  /** The event this one follows up; the family counts once per indicator. Null for a family's first event. */
  @Index()
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @Reference(() => EventEntity, 'parent_id', 'SET NULL')
  parent?: EventEntity | null;

  /**
   * Day we learned of the event: the source's publication day for curated rows (else the event
   * date), the clock's today for analyst entries. Null only for rows written before a writer
   * sets it; the scorer then takes it as known on `date`.
   */
  @DayColumn({ name: 'recorded_at', nullable: true })
  recordedAt!: string | null;

  /** Stable key of a curated (seeded) event; the seed adds only refs it has never stored. */
  @Column({ name: 'seed_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  seedRef!: string | null;
}
