import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { UserEntity } from '@kem/api-data';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

/** Name of the file, beside the SQLite database or in DATA_DIR, that keeps a generated admin password. */
export const INITIAL_ADMIN_PASSWORD_FILE = 'initial-admin-password.txt';

/** Where a generated admin password is kept: beside the SQLite database, or in DATA_DIR on PostgreSQL. */
export function initialAdminPasswordFile(config: Pick<AppConfig, 'database' | 'dataDir'>): string {
  const dir = config.database.type === 'sqlite' ? dirname(config.database.path) : config.dataDir;
  return join(dir, INITIAL_ADMIN_PASSWORD_FILE);
}

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
      if (existing.role !== 'admin' || !existing.active)
        this.logger.error(`No active admin exists and ${email} is taken by another account; create an admin by hand`);
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
      const file = this.writePasswordFile(email, password);
      const where = file ? `; also written to ${file} (readable only by this user) — delete it once you have changed the password` : '';
      this.logger.warn(`Created admin account ${email} with generated password: ${password} (shown only this once${where})`);
    }
  }

  /**
   * Keeps the generated password in a 0600 file beside the SQLite database (or in DATA_DIR on
   * PostgreSQL), so it is not lost in a scrolled-away log; the path is logged. Null if it cannot be written.
   */
  private writePasswordFile(email: string, password: string): string | null {
    const file = initialAdminPasswordFile(this.config);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `Kazakhstan Exposure Monitor: first admin account\ne-mail:   ${email}\npassword: ${password}\n\nSign in, change it under Account, then delete this file.\n`,
        { mode: 0o600 },
      );
      chmodSync(file, 0o600); // an older file keeps its mode on overwrite
      return file;
    } catch (error) {
      this.logger.error(`Could not write the generated password to ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
