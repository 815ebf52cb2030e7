import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { ConflictError } from '@kem/api-http';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { UsersService } from './users.service';

/**
 * On a database without an active admin, creates one from ADMIN_EMAIL / ADMIN_PASSWORD, or with a
 * generated password that is logged this once (it is stored only as a hash).
 */
@Injectable()
export class InitialAdmin implements OnModuleInit {
  private readonly logger = new Logger(InitialAdmin.name);

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if ((await this.users.countActiveAdmins()) > 0) return;
    const { email } = this.config.admin;
    if (await this.users.findByEmail(email)) {
      this.logger.error(`No active admin exists and ${email} is taken by another account; create an admin by hand`);
      return;
    }
    const password = this.config.admin.password ?? randomBytes(18).toString('base64url');
    try {
      await this.users.create({ email, password, role: 'admin', displayName: 'Administrator' });
    } catch (error) {
      // Another API instance on the same database created it a moment ago.
      if (error instanceof ConflictError) return;
      throw error;
    }
    if (this.config.admin.password) {
      this.logger.log(`Created admin account ${email} with the password from ADMIN_PASSWORD`);
    } else {
      this.logger.warn(`Created admin account ${email} with generated password: ${password} (shown only this once)`);
    }
  }
}
