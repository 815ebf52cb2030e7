import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
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

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;
}
