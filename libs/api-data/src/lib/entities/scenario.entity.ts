import { Column, Entity } from 'typeorm';
import { JsonColumn, Reference } from './base/columns';
import { FootprintEntity } from './footprint.entity';
import { OwnedRow } from './base/owned-row';

/** Hypothetical events and held levels of a saved scenario (ScenarioDefinition of @kem/scoring). */
export interface StoredScenarioDefinition {
  events: {
    indicatorKey: string;
    severity: number;
    start: string;
    durationDays: number | null;
    stage?: string | null;
    label?: string | null;
  }[];
  holds: { indicatorKey: string; level: number; from: string; to: string }[];
}

/**
 * A saved what-if. Never evidence: projecting it writes nothing. Private to its owner (and admins)
 * unless `shared`, which lets any signed-in user with the link read (not change) it.
 */
@Entity('scenario')
export class ScenarioEntity extends OwnedRow {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'boolean' })
  shared!: boolean;

  @Column({ name: 'horizon_months', type: 'integer' })
  horizonMonths!: number;

  @Column({ name: 'footprint_id', type: 'integer', nullable: true })
  footprintId!: number | null;

  @Reference(() => FootprintEntity, 'footprint_id', 'SET NULL')
  footprint?: FootprintEntity | null;

  @JsonColumn()
  definition!: StoredScenarioDefinition;
}
