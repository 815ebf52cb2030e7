import { Column, Entity, Unique } from 'typeorm';
import { DayColumn, DoubleColumn } from './base/columns';
import { CitedEvidence } from './base/evidence-rows';

/**
 * A dated value of one series of a metric indicator (e.g. Russia's share of trade, %) or of a
 * structural series behind a baseline (Freedom House, WGI, RSF…). `date` is the last day of the
 * period the value describes; `period` says which period ('2023' a year, '2025-06' January–June
 * 2025), `vintage` when the figure was published (its edition), `recordedAt` when we learned it.
 */
@Entity('observation')
@Unique(['indicatorKey', 'series', 'date'])
export class ObservationEntity extends CitedEvidence {
  @Column({ type: 'varchar', length: 64 })
  series!: string;

  @DayColumn()
  date!: string;

  @DoubleColumn()
  value!: number;

  @Column({ type: 'varchar', length: 60 })
  unit!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** 'YYYY' or 'YYYY-MM' (a part-year ending with that month); null = a reading of `date` alone. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  period!: string | null;

  /** Day the figure was published (its edition), when known. */
  @DayColumn({ nullable: true })
  vintage!: string | null;

  /** Day we learned the value; null = not recorded (the scorer then applies the series' publication rule). */
  @DayColumn({ name: 'recorded_at', nullable: true })
  recordedAt!: string | null;
}
