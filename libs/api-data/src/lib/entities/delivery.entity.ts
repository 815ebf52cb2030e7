import type { DeliveryKind, DeliveryStatus } from '@kem/contracts';
import { Column, Entity, Index, Unique } from 'typeorm';
import { InstantColumn, JsonColumn, Reference } from './base/columns';
import { SubscriptionEntity } from './subscription.entity';
import { CreatedRow } from './base/rows';

/**
 * One e-mail owed to a subscription for one period (digest:2026-W48, alert:band:2026-11-24 …).
 * The unique (subscription, period) pair is what makes sending idempotent: whoever inserts the row
 * owns the e-mail, and a rerun, a restart or a second API instance finds it already there.
 */
@Entity('delivery')
@Unique(['subscriptionId', 'periodKey'])
@Index(['status', 'nextAttemptAt'])
@Index(['createdAt'])
export class DeliveryEntity extends CreatedRow {
  /** Null for test digests, and once the subscription is deleted (the log stays). */
  @Column({ name: 'subscription_id', type: 'integer', nullable: true })
  subscriptionId!: number | null;

  @Reference(() => SubscriptionEntity, 'subscription_id', 'SET NULL')
  subscription?: SubscriptionEntity | null;

  @Column({ type: 'varchar', length: 8 })
  kind!: DeliveryKind;

  @Column({ name: 'period_key', type: 'varchar', length: 60 })
  periodKey!: string;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: DeliveryStatus;

  /** Hand-overs to a sender so far. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /**
   * pending: when to try (again); sending: when the sender's claim lapses. A claim is counted from
   * the moment this row was claimed and renewed while its sender lives, so a lapsed claim means the
   * sender died (or lost the database) and anyone may take the row.
   */
  @InstantColumn('next_attempt_at', { nullable: true })
  nextAttemptAt!: Date | null;

  /** Random token of the claim that holds the row for sending; a new claim replaces it. */
  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken!: string | null;

  /** INSTANCE_ID of the API instance holding the claim: a restarted instance hands its old claims back. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  transport!: 'smtp' | 'outbox' | null;

  /** What the e-mail is about: the alert that fired, or a test digest's profile and cadence. */
  @JsonColumn({ nullable: true })
  context!: Record<string, string | number | boolean | null> | null;

  @InstantColumn('sent_at', { nullable: true })
  sentAt!: Date | null;
}
