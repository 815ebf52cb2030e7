import { DataSource } from 'typeorm';
import { createTestDatabase, migrateBefore, TestDatabase, testEngines } from '../../testing';
import { dataSourceOptions } from '../data-source-options';
import { migrate } from '../migrate';

describe.each(testEngines())('profile peak-weight migration on %s', (engine) => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await db.drop();
  });

  it('gives every existing profile version the λ it was built with (0.25), and requires one from then on', async () => {
    await migrateBefore(db.config, 'ProfilePeakWeight1765600000000', async (before) => {
      await before.query(`INSERT INTO weight_profile (slug, name, description) VALUES ('p', 'P', '')`);
      const [{ id }] = await before.query(`SELECT id FROM weight_profile WHERE slug = 'p'`);
      for (const number of [1, 2])
        await before.query(
          `INSERT INTO weight_profile_version (profile_id, number, weights, method, note) VALUES (${id}, ${number}, '{}', 'arithmetic', 'n')`,
        );
    });
    const dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
    try {
      await migrate(dataSource);
      const rows = await dataSource.query(`SELECT number, peak_channel AS "peakChannel" FROM weight_profile_version ORDER BY number`);
      expect(rows.map((r: { number: number; peakChannel: number }) => [Number(r.number), Number(r.peakChannel)])).toEqual([
        [1, 0.25],
        [2, 0.25],
      ]);
      const [{ id }] = await dataSource.query(`SELECT id FROM weight_profile WHERE slug = 'p'`);
      await expect(
        dataSource.query(
          `INSERT INTO weight_profile_version (profile_id, number, weights, method, note) VALUES (${id}, 3, '{}', 'arithmetic', 'n')`,
        ),
      ).rejects.toThrow();
    } finally {
      await dataSource.destroy();
    }
  });
});
