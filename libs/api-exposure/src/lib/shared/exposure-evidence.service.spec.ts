import { WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { createMigratedTestDatabase, MigratedTestDatabase, testEngines } from '@kem/api-data/testing';
import { METHOD_V2 } from '@kem/scoring';
import { DataSource } from 'typeorm';
import { ExposureEvidence } from './exposure-evidence.service';

describe.each(testEngines())('exposure evidence on %s', (engine) => {
  let db: MigratedTestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    db = await createMigratedTestDatabase(engine);
    dataSource = db.dataSource;
  }, 60_000);

  afterEach(() => db?.drop());

  it('aggregates the company index with the method’s λ before any profile exists', async () => {
    const inputs = await new ExposureEvidence(dataSource).load();
    expect(inputs.aggregation).toEqual({ aggregation: METHOD_V2.aggregation, peakChannel: METHOD_V2.peakChannel });
  });

  it('aggregates the company index with the default profile’s active method and λ, as the published index does', async () => {
    const m = dataSource.manager;
    const profile = await m.save(WeightProfileEntity, { slug: 'default', name: 'Default', description: '' });
    const version = await m.save(WeightProfileVersionEntity, {
      profileId: profile.id,
      number: 1,
      weights: {},
      method: 'geometric',
      peakChannel: 0.9,
      note: 'Worst channel weighs most',
    });
    await m.update(WeightProfileEntity, { id: profile.id }, { activeVersionId: version.id });

    const inputs = await new ExposureEvidence(dataSource).load();
    expect(inputs.aggregation).toEqual({ aggregation: 'geometric', peakChannel: 0.9 });
  });
});
