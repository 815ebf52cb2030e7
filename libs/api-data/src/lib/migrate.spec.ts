import { DataSource } from 'typeorm';
import { createTestDatabase, migrateBefore, TestDatabase, testEngines } from '../testing';
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
      dataSource.query(`INSERT INTO user_account (email, password_hash, role) VALUES ('${email}', 'x', 'viewer')`);
    await insertUser('a@example.com');
    await expect(insertUser('a@example.com')).rejects.toThrow();
    const [{ id }] = await dataSource.query(`SELECT id FROM user_account WHERE email = 'a@example.com'`);
    await dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ('h', ${id}, '2030-01-01 00:00:00')`);
    await dataSource.query(`DELETE FROM user_account WHERE id = ${id}`);
    expect(await dataSource.query('SELECT * FROM user_session')).toEqual([]);
  });

  it('scale-out: keeps deliveries and outbox links while adding columns, and one active subscription of each duplicate set', async () => {
    const rest = await migrateBefore(db.config, 'ScaleOut1765000000000', async (before) => {
      await before.query(`INSERT INTO weight_profile (slug, name, description) VALUES ('p', 'P', '')`);
      const [{ id: profileId }] = await before.query(`SELECT id FROM weight_profile WHERE slug = 'p'`);
      for (let i = 0; i < 3; i++) {
        await before.query(
          `INSERT INTO subscription (email, cadence, send_time, time_zone, profile_id, unsubscribe_key) VALUES ('twice@example.com', 'weekly', '08:00', 'UTC', ${profileId}, 'k${i}')`,
        );
      }
      const [{ id: subId }] = await before.query(`SELECT MIN(id) AS id FROM subscription`);
      await before.query(
        `INSERT INTO delivery (subscription_id, kind, period_key, recipient, status) VALUES (${subId}, 'digest', 'digest:2026-W48', 'twice@example.com', 'sent')`,
      );
      const [{ id: deliveryId }] = await before.query(`SELECT id FROM delivery`);
      await before.query(
        `INSERT INTO outbox_message (delivery_id, recipient, subject, message_id, raw, html_part, text_part, size_bytes) VALUES (${deliveryId}, 'twice@example.com', 's', '<m@x>', 'r', 'h', 't', 1)`,
      );
    });
    expect(await migrate(dataSource)).toEqual(rest);
    expect(await dataSource.query(`SELECT subscription_id AS "subscriptionId", claimed_by AS "claimedBy" FROM delivery`)).toEqual([
      { subscriptionId: expect.anything(), claimedBy: null },
    ]);
    expect((await dataSource.query(`SELECT delivery_id AS "deliveryId" FROM outbox_message`))[0].deliveryId).not.toBeNull();
    const active = await dataSource.query(`SELECT id FROM subscription WHERE active = TRUE`);
    expect(active).toHaveLength(1);
    const again = `INSERT INTO subscription (email, cadence, send_time, time_zone, profile_id, unsubscribe_key) SELECT email, cadence, send_time, time_zone, profile_id, 'k9' FROM subscription WHERE id = ${active[0].id}`;
    await expect(dataSource.query(again)).rejects.toThrow(/unique|duplicate/i);
    // An ended subscription does not count: the same address may subscribe again after unsubscribing.
    await dataSource.query(`UPDATE subscription SET active = FALSE WHERE id = ${active[0].id}`);
    await dataSource.query(again);
  });

  it('evidence v2: gives existing events a lifecycle and recorded_at, observations a period, and links families', async () => {
    const rest = await migrateBefore(db.config, 'EvidenceV21765100000000', async (before) => {
      await before.query(
        `INSERT INTO indicator (key, name, category, description, method, default_weight) VALUES ('cpc_pipeline', 'CPC', 'energy', '', '{}', 1)`,
      );
      const event = (date: string, end: string | null) =>
        `INSERT INTO evidence_event (indicator_key, date, end_date, title, summary, severity, source_name, source_url, confidence, status, origin)
         VALUES ('cpc_pipeline', '${date}', ${end === null ? 'NULL' : `'${end}'`}, 't', 's', 3, 'n', 'https://example.org/${date}', 'high', 'published', 'analyst')`;
      await before.query(event('2022-08-22', null));
      await before.query(event('2022-01-06', '2022-01-19'));
      const observation = (date: string) =>
        `INSERT INTO observation (indicator_key, series, date, value, unit, source_name, source_url, confidence, origin)
         VALUES ('cpc_pipeline', 's', '${date}', 1, '%', 'n', 'https://example.org/o', 'high', 'analyst')`;
      await before.query(observation('2023-12-31'));
      await before.query(observation('2023-09-30'));
    });
    expect(await migrate(dataSource)).toEqual(rest);
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
    const events = await dataSource.query(
      `SELECT id, date, lifecycle, recorded_at AS "recordedAt", parent_id AS "parentId" FROM evidence_event ORDER BY date`,
    );
    expect(events.map((e: Record<string, unknown>) => [day(e['date']), e['lifecycle'], day(e['recordedAt']), e['parentId']])).toEqual([
      ['2022-01-06', 'ended', '2022-01-06', null],
      ['2022-08-22', 'unknown', '2022-08-22', null],
    ]);
    const periods = await dataSource.query(`SELECT period FROM observation ORDER BY date`);
    expect(periods.map((o: { period: string }) => o.period)).toEqual(['2023-09', '2023']);

    // A follow-up points at its parent; deleting the parent row leaves the follow-up on its own.
    const [parent, child] = [events[1].id, events[0].id];
    await dataSource.query(`UPDATE evidence_event SET parent_id = ${parent} WHERE id = ${child}`);
    await expect(dataSource.query(`UPDATE evidence_event SET parent_id = 999999 WHERE id = ${parent}`)).rejects.toThrow();
    await dataSource.query(`DELETE FROM evidence_event WHERE id = ${parent}`);
    expect((await dataSource.query(`SELECT parent_id AS "parentId" FROM evidence_event`))[0].parentId).toBeNull();

    await dataSource.query(
      `INSERT INTO indicator_review (indicator_key, reviewed_on, note, recorded_at) VALUES ('cpc_pipeline', '2026-12-01', 'no change', '2026-12-01')`,
    );
    await expect(
      dataSource.query(
        `INSERT INTO indicator_review (indicator_key, reviewed_on, recorded_at) VALUES ('nope', '2026-12-01', '2026-12-01')`,
      ),
    ).rejects.toThrow();
  });
});
