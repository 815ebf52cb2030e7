import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { DayColumn } from './base/columns';

/**
 * One indicator's daily scores under one evidence revision and scoring method version, stored once
 * and reused by every weight-profile version, the weights preview and the indicator series. Day i is
 * `fromDay + i`. Arrays are little-endian typed arrays in base64: `score` Float64 (NaN: no data);
 * method 2 adds `baseline` Float64, `freshness` Uint8 (0 fresh, 1 stale, 2 unmonitored), `spread`
 * Float32 (staleness half-width), `age` Int32 (days since the indicator was last looked at, −1 never)
 * and `flags` Uint8 (bit 0 stale vintage, bit 1 unknown status lapsed).
 */
@Entity('indicator_score')
export class IndicatorScoreEntity {
  @PrimaryColumn({ name: 'method_version', type: 'integer' })
  methodVersion!: number;

  /** Fingerprint of the evidence, the method's parameters and the last day scored. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  revision!: string;

  @PrimaryColumn({ name: 'indicator_key', type: 'varchar', length: 64 })
  indicatorKey!: string;

  @DayColumn({ name: 'from_day' })
  fromDay!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ type: 'text' })
  score!: string;

  @Column({ type: 'text', nullable: true })
  baseline!: string | null;

  @Column({ type: 'text', nullable: true })
  freshness!: string | null;

  @Column({ type: 'text', nullable: true })
  spread!: string | null;

  @Column({ type: 'text', nullable: true })
  age!: string | null;

  @Column({ type: 'text', nullable: true })
  flags!: string | null;

  @CreateDateColumn({ name: 'computed_at' })
  computedAt!: Date;
}
