import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, Reference } from './base/columns';
import { UserEntity } from './user.entity';
import { CreatedRow } from './base/rows';

/** A sign-in session. Only the SHA-256 of the token is stored, so a database leak yields no usable tokens. */
@Entity('user_session')
export class SessionEntity extends CreatedRow {
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Reference(() => UserEntity, 'user_id', 'CASCADE')
  user?: UserEntity;

  @Index()
  @InstantColumn('expires_at')
  expiresAt!: Date;
}
