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

  it('scale-out: keeps deliveries and outbox links while adding columns, and one active subscription of each duplicate set', async () => {
    const before = await new DataSource({ ...dataSourceOptions(db.config), migrations: MIGRATIONS.slice(0, -1) }).initialize();
    try {
      await before.runMigrations({ transaction: 'each' });
      await before.query(`INSERT INTO weight_profile (slug, name, description) VALUES ('p', 'P', '')`);
      const [{ id: profileId }] = await before.query(`SELECT id FROM weight_profile WHERE slug = 'p'`);
      for (let i = 0; i < 3; i++) {
        await before.query(
          `INSERT INTO subscription (email, cadence, send_time, time_zone, profile_id, unsubscribe_key) VALUES ('twice@example.com', 'weekly', '08:00', 'UTC', ${profileId}, 'k${i}')`,
        );
      }
      const [{ id: subId }] = await before.query(`SELECT MIN(id) AS id FROM subscription`);
      await before.query(`INSERT INTO delivery (subscription_id, kind, period_key, recipient, status) VALUES (${subId}, 'digest', 'digest:2026-W48', 'twice@example.com', 'sent')`);
      const [{ id: deliveryId }] = await before.query(`SELECT id FROM delivery`);
      await before.query(
        `INSERT INTO outbox_message (delivery_id, recipient, subject, message_id, raw, html_part, text_part, size_bytes) VALUES (${deliveryId}, 'twice@example.com', 's', '<m@x>', 'r', 'h', 't', 1)`,
      );
    } finally {
      await before.destroy();
    }
    expect(await migrate(dataSource)).toEqual(['ScaleOut1765000000000']);
    expect(await dataSource.query(`SELECT subscription_id AS "subscriptionId", claimed_by AS "claimedBy" FROM delivery`)).toEqual([{ subscriptionId: expect.anything(), claimedBy: null }]);
    expect((await dataSource.query(`SELECT delivery_id AS "deliveryId" FROM outbox_message`))[0].deliveryId).not.toBeNull();
    const active = await dataSource.query(`SELECT id FROM subscription WHERE active = TRUE`);
    expect(active).toHaveLength(1);
    const again = `INSERT INTO subscription (email, cadence, send_time, time_zone, profile_id, unsubscribe_key) SELECT email, cadence, send_time, time_zone, profile_id, 'k9' FROM subscription WHERE id = ${active[0].id}`;
    await expect(dataSource.query(again)).rejects.toThrow(/unique|duplicate/i);
    // An ended subscription does not count: the same address may subscribe again after unsubscribing.
    await dataSource.query(`UPDATE subscription SET active = FALSE WHERE id = ${active[0].id}`);
    await dataSource.query(again);
  });
});

