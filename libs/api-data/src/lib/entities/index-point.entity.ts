import { Column, Entity } from 'typeorm';
import { DayColumn, DoubleColumn, JsonColumn } from './base/columns';
import { VersionRow } from './base/version-row';

/** One materialised day of the index under one profile version. */
@Entity('index_point')
export class IndexPointEntity extends VersionRow {
  @DayColumn({ primary: true })
  date!: string;

  /** Null when no indicator is in the composite that day (every one unmonitored): no honest value, never 0. */
  @DoubleColumn({ nullable: true })
  value!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  band!: string | null;

  /** Index points per covered indicator; they sum to value. The scores themselves are stored once, in indicator_score. */
  @JsonColumn()
  contributions!: Record<string, number>;

  /** 5th and 95th percentile of the index under Monte Carlo perturbation of weights and severities. */
  @DoubleColumn({ nullable: true })
  lower!: number | null;

  @DoubleColumn({ nullable: true })
  upper!: number | null;
}
