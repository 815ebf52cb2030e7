import { IndicatorEntity } from '@kem/api-data';
import { createMigratedTestDatabase, MigratedTestDatabase, testEngines } from '@kem/api-data/testing';
import { DEFAULT_INDICATORS } from '@kem/scoring';
import { DataSource } from 'typeorm';
import { IndicatorsService } from './indicators.service';

describe.each(testEngines())('IndicatorsService on %s', (engine) => {
  let db: MigratedTestDatabase;
  let dataSource: DataSource;
  let service: IndicatorsService;

  beforeEach(async () => {
    db = await createMigratedTestDatabase(engine);
    dataSource = db.dataSource;
    service = new IndicatorsService(dataSource.getRepository(IndicatorEntity));
  });

  afterEach(() => db?.drop());

  it('stores the defaults once, in their order, and never overwrites an edit', async () => {
    expect(await service.addMissing(DEFAULT_INDICATORS)).toBe(DEFAULT_INDICATORS.length);
    await dataSource.getRepository(IndicatorEntity).update({ key: 'cpc_pipeline' }, { defaultWeight: 99 });
    expect(await service.addMissing(DEFAULT_INDICATORS)).toBe(0);
    const listed = await service.list();
    expect(listed.map((i) => i.key)).toEqual(DEFAULT_INDICATORS.map((i) => i.key));
    expect(listed.find((i) => i.key === 'cpc_pipeline')?.defaultWeight).toBe(99);
    expect(listed.find((i) => i.key === 'trade_russia')?.method).toEqual(DEFAULT_INDICATORS.find((i) => i.key === 'trade_russia')?.method);
  });
});
