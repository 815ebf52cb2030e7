import type { ScoringMethod } from '@kem/scoring';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DoubleColumn, JsonColumn } from './base/columns';

/** One component of the exposure index; `method` holds the scoring method and its parameters. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  category!: string;

  @Column({ type: 'text' })
  description!: string;

  @JsonColumn()
  method!: ScoringMethod;

  @DoubleColumn({ name: 'default_weight' })
  defaultWeight!: number;

  /** Display order on the dashboard. */
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
