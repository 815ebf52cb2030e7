import { Role } from '@kem/contracts';
import { Column, Entity } from 'typeorm';
import { InstantColumn } from './base/columns';
import { TimestampedRow } from './base/rows';

@Entity('user_account')
export class UserEntity extends TimestampedRow {
  /** Stored lower-cased, so sign-in is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120, nullable: true })
  displayName!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @InstantColumn('last_login_at', { nullable: true })
  lastLoginAt!: Date | null;
}
