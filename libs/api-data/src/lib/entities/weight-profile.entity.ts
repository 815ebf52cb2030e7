import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A named set of indicator weights for one kind of business, e.g. "Energy exporter". */
@Entity('weight_profile')
export class WeightProfileEntity {
  @PrimaryGeneratedColumn()
  id!: number;

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

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
