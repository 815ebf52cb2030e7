import type { Cadence } from '@kem/contracts';
import { Column, Entity, Index } from 'typeorm';
import { DoubleColumn, InstantColumn, Reference } from './base/columns';
import { FootprintEntity } from './footprint.entity';
import { UserEntity } from './user.entity';
import { WeightProfileEntity } from './weight-profile.entity';
import { TimestampedRow } from './base/rows';

/** Until migration 1765700000000: one active subscription per (e-mail, profile, cadence). */
export const ACTIVE_SUBSCRIPTION_INDEX = 'UQ_subscription_active_email_profile_cadence';
/** TRUE is a keyword on both engines (SQLite stores it as 1), so one partial index serves both. */
export const ACTIVE_SUBSCRIPTION_WHERE = 'active = TRUE';
/** One active country subscription per (e-mail, profile, cadence); ended ones stay for their history. */
export const ACTIVE_COUNTRY_SUBSCRIPTION_INDEX = 'UQ_subscription_active_country';
export const ACTIVE_COUNTRY_SUBSCRIPTION_WHERE = 'active = TRUE AND footprint_id IS NULL';
/** One active subscription per (e-mail, footprint, cadence). */
export const ACTIVE_FOOTPRINT_SUBSCRIPTION_INDEX = 'UQ_subscription_active_footprint';
export const ACTIVE_FOOTPRINT_SUBSCRIPTION_WHERE = 'active = TRUE AND footprint_id IS NOT NULL';

/**
 * Who gets the e-mail digest of which weight profile (or of a company footprint's index), how often
 * and when (local time in an IANA zone), and which threshold alerts. Unsubscribing deactivates the row; its delivery history stays.
 */
@Entity('subscription')
@Index(ACTIVE_COUNTRY_SUBSCRIPTION_INDEX, ['email', 'profileId', 'cadence'], { unique: true, where: ACTIVE_COUNTRY_SUBSCRIPTION_WHERE })
@Index(ACTIVE_FOOTPRINT_SUBSCRIPTION_INDEX, ['email', 'footprintId', 'cadence'], {
  unique: true,
  where: ACTIVE_FOOTPRINT_SUBSCRIPTION_WHERE,
})
export class SubscriptionEntity extends TimestampedRow {
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120, nullable: true })
  displayName!: string | null;

  @Column({ type: 'varchar', length: 8 })
  cadence!: Cadence;

  /** HH:MM in timeZone. */
  @Column({ name: 'send_time', type: 'varchar', length: 5 })
  sendTime!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'profile_id', type: 'integer' })
  profileId!: number;

  @Reference(() => WeightProfileEntity, 'profile_id', 'RESTRICT')
  profile?: WeightProfileEntity;

  /**
   * A company footprint the digest follows (its company index instead of the country index); null:
   * the country index. Left empty when the footprint is deleted.
   */
  @Column({ name: 'footprint_id', type: 'integer', nullable: true })
  footprintId!: number | null;

  @Reference(() => FootprintEntity, 'footprint_id', 'SET NULL')
  footprint?: FootprintEntity | null;

  @Column({ name: 'alert_band_change', type: 'boolean', default: false })
  alertBandChange!: boolean;

  @DoubleColumn({ name: 'alert_rise_day', nullable: true })
  alertRiseDay!: number | null;

  @DoubleColumn({ name: 'alert_rise_week', nullable: true })
  alertRiseWeek!: number | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @InstantColumn('unsubscribed_at', { nullable: true })
  unsubscribedAt!: Date | null;

  /**
   * Random per-subscription secret (hex): the key of the HMAC in its unsubscribe links. Never
   * shown by the API; replacing it revokes every link sent so far.
   */
  @Column({ name: 'unsubscribe_key', type: 'varchar', length: 64 })
  unsubscribeKey!: string;

  /** The user account the subscription belongs to (users manage their own); null for external recipients. */
  @Index()
  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId!: number | null;

  @Reference(() => UserEntity, 'owner_id', 'SET NULL')
  owner?: UserEntity | null;
}
