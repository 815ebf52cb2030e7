import { Column, Entity } from 'typeorm';
import { TimestampedRow } from './base/rows';

/** A named set of indicator weights for one kind of business, e.g. "Energy exporter". */
@Entity('weight_profile')
export class WeightProfileEntity extends TimestampedRow {
  @Column({ type: 'varchar', length: 60, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Why these weights suit this kind of business. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  /** The version whose index the dashboard serves; switched only once its index is fully built. */
  @Column({ name: 'active_version_id', type: 'integer', nullable: true })
  activeVersionId!: number | null;
}
