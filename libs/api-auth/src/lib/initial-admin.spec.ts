import { AppConfig, fixedClock } from '@kem/api-config';
import { AuditTrail, dataSourceOptions, migrate, UserEntity } from '@kem/api-data';
import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { Logger } from '@nestjs/common';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { InitialAdmin, INITIAL_ADMIN_PASSWORD_FILE, initialAdminPasswordFile } from './initial-admin';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

describe.each(testEngines())('initial admin on %s', (engine) => {
  let db: TestDatabase;
  const sources: DataSource[] = [];
  const config = { admin: { email: 'admin@example.com', password: 'correct-horse-battery' } } as AppConfig;

  /** One API instance's InitialAdmin, on its own connection to the shared database. */
  const instance = async (instanceConfig: AppConfig = config) => {
    const dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
    sources.push(dataSource);
    const hasher = new PasswordHasher();
    const users = new UsersService(
      fixedClock('2026-12-03T09:00:00Z'),
      dataSource.getRepository(UserEntity),
      hasher,
      dataSource,
      new AuditTrail(),
    );
    return new InitialAdmin(users, hasher, dataSource, instanceConfig);
  };

  beforeEach(async () => {
    db = await createTestDatabase(engine);
    const migrator = await new DataSource(dataSourceOptions(db.config)).initialize();
    await migrate(migrator);
    await migrator.destroy();
  });

  afterEach(async () => {
    await Promise.all(sources.splice(0).map((s) => s.destroy()));
    await db.drop();
  });

  it('lets instances starting at the same moment all come up, with exactly one admin', async () => {
    const starting = await Promise.all([instance(), instance(), instance()]);
    // Each sees no admin, hashes (argon2 takes a while), then inserts: before, all but one failed on the unique e-mail.
    await expect(Promise.all(starting.map((s) => s.onModuleInit()))).resolves.toHaveLength(3);
    const admins = await sources[0].getRepository(UserEntity).findBy({ email: 'admin@example.com' });
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({ role: 'admin', active: true });
    expect(await new PasswordHasher().verify(admins[0].passwordHash, 'correct-horse-battery')).toBe(true);
    // A later start finds the admin and changes nothing.
    await (await instance()).onModuleInit();
    expect(await sources[0].getRepository(UserEntity).findOneByOrFail({ email: 'admin@example.com' })).toMatchObject({
      passwordHash: admins[0].passwordHash,
    });
  }, 60_000);

  it('writes a generated password to a 0600 file beside the database and logs its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kem-admin-'));
    try {
      const generated = { admin: { email: 'admin@example.com' }, database: { type: 'sqlite', path: join(dir, 'kem.sqlite') } } as AppConfig;
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      await (await instance(generated)).onModuleInit();
      const file = join(dir, INITIAL_ADMIN_PASSWORD_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = /password: (\S+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      const admin = await sources[0].getRepository(UserEntity).findOneByOrFail({ email: 'admin@example.com' });
      expect(await new PasswordHasher().verify(admin.passwordHash, password)).toBe(true);
      expect(String(warn.mock.calls[0]?.[0])).toContain(`generated password: ${password}`);
      expect(String(warn.mock.calls[0]?.[0])).toContain(file);
      warn.mockRestore();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('initial admin password file', () => {
  it('lies beside the SQLite database, and in DATA_DIR on PostgreSQL (never the working directory)', () => {
    expect(initialAdminPasswordFile({ dataDir: '/srv/kem/data', database: { type: 'sqlite', path: '/var/lib/kem/kem.sqlite' } })).toBe(
      join('/var/lib/kem', INITIAL_ADMIN_PASSWORD_FILE),
    );
    expect(initialAdminPasswordFile({ dataDir: '/srv/kem/state', database: { type: 'postgres', url: 'postgres://db/kem' } })).toBe(
      join('/srv/kem/state', INITIAL_ADMIN_PASSWORD_FILE),
    );
  });
});
