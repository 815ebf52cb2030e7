import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from '../user.entity';
import { TimestampedRow } from './rows';

/** A user's private row (a footprint, a scenario): only its owner and admins see it, and it goes with its owner. */
export abstract class OwnedRow extends TimestampedRow {
  @Index()
  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;
}
