import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase, testEngines } from '../testing';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { migrate } from './migrate';

describe.each(testEngines())('migrations on %s', (engine) => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
    dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('applies every migration once, and nothing on a second start', async () => {
    expect(await migrate(dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await migrate(dataSource)).toEqual([]);
  });

  it('creates exactly the schema the entities describe', async () => {
    await migrate(dataSource);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be reverted to an empty database', async () => {
    await migrate(dataSource);
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const runner = dataSource.createQueryRunner();
    try {
      expect(await runner.hasTable('user_account')).toBe(false);
    } finally {
      await runner.release();
    }
  });

  it('enforces unique e-mail addresses and cascades sessions with their user', async () => {
    await migrate(dataSource);
    const insertUser = (email: string) =>
      dataSource.query(
        `INSERT INTO user_account (email, password_hash, role) VALUES ('${email}', 'x', 'viewer')`,
      );
    await insertUser('a@example.com');
    await expect(insertUser('a@example.com')).rejects.toThrow();
    const [{ id }] = await dataSource.query(`SELECT id FROM user_account WHERE email = 'a@example.com'`);
    await dataSource.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ('h', ${id}, '2030-01-01 00:00:00')`,
    );
    await dataSource.query(`DELETE FROM user_account WHERE id = ${id}`);
    expect(await dataSource.query('SELECT * FROM user_session')).toEqual([]);
  });
});
