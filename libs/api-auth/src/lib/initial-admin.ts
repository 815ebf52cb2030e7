import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { UserEntity } from '@kem/api-data';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

/**
 * On a database without an active admin, creates one from ADMIN_EMAIL / ADMIN_PASSWORD, or with a
 * generated password that is logged this once (it is stored only as a hash).
 *
 * Several API instances may start together on an empty database: each sees no admin, hashes a
 * password (argon2 takes a while) and inserts. The insert is `ON CONFLICT DO NOTHING` on the unique
 * e-mail, so exactly one row is stored and no instance fails; the one whose hash is stored reports it.
 */
@Injectable()
export class InitialAdmin implements OnModuleInit {
  private readonly logger = new Logger(InitialAdmin.name);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if ((await this.users.countActiveAdmins()) > 0) return;
    const { email } = this.config.admin;
    const existing = await this.users.findByEmail(email);
    if (existing) {
      // Created by another instance since the count above, or an account that is not an active admin.
      if (existing.role !== 'admin' || !existing.active) this.logger.error(`No active admin exists and ${email} is taken by another account; create an admin by hand`);
      return;
    }
    const password = this.config.admin.password ?? randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ email, role: 'admin', displayName: 'Administrator', passwordHash, active: true, lastLoginAt: null })
      .orIgnore()
      .updateEntity(false)
      .execute();
    if ((await this.users.findByEmail(email))?.passwordHash !== passwordHash) {
      this.logger.log(`Admin account ${email} was created by another API instance starting at the same time`);
      return;
    }
    if (this.config.admin.password) {
      this.logger.log(`Created admin account ${email} with the password from ADMIN_PASSWORD`);
    } else {
      this.logger.warn(`Created admin account ${email} with generated password: ${password} (shown only this once)`);
    }
  }
}
