import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { JsonColumn } from './base/columns';
import { NumberedRow } from './base/rows';

/**
 * One change made by an analyst or admin: who, when, what, and the record before and after.
 * The actor's e-mail is copied so the trail survives the account's removal.
 */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
export class AuditEntryEntity extends NumberedRow {
  @Index()
  @CreateDateColumn({ name: 'at' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  @JsonColumn({ nullable: true })
  before!: object | null;

  @JsonColumn({ nullable: true })
  after!: object | null;
}
