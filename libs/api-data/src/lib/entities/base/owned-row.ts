import { Column, Index } from 'typeorm';
import { Reference } from './columns';
import { UserEntity } from '../user.entity';
import { TimestampedRow } from './rows';

/** A user's private row (a footprint, a scenario): only its owner and admins see it, and it goes with its owner. */
export abstract class OwnedRow extends TimestampedRow {
  @Index()
  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  @Reference(() => UserEntity, 'owner_id', 'CASCADE')
  owner?: UserEntity;
}
