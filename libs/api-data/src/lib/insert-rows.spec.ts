import { DataSource } from 'typeorm';
import { createMigratedTestDatabase, MigratedTestDatabase, testEngines } from '../testing';
import { AuditEntryEntity, EventEntity, IndicatorEntity } from './entities';
import { insertRows } from './insert-rows';
import { selectRows } from './select-rows';

describe.each(testEngines())('insertRows and selectRows on %s', (engine) => {
  let db: MigratedTestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    db = await createMigratedTestDatabase(engine);
    dataSource = db.dataSource;
  });

  afterEach(() => db?.drop());

  it('inserts rows over several statements and returns each row its own id, in order', async () => {
    await dataSource.manager.insert(AuditEntryEntity, { action: 'before', entityType: 'x', entityId: '0' });
    const rows = Array.from({ length: 600 }, (_, i) => ({
      actorId: null,
      actorEmail: null,
      action: 'event.create',
      entityType: 'event',
      entityId: String(i),
      before: null,
      after: { title: `Row ${i}`, nested: [i] },
    }));
    const ids = await dataSource.transaction((manager) => insertRows(manager, AuditEntryEntity, rows));

    expect(ids).toHaveLength(600);
    const stored = await dataSource.getRepository(AuditEntryEntity).find({ where: { action: 'event.create' } });
    const byId = new Map(stored.map((entry) => [entry.id, entry]));
    ids.forEach((id, i) => expect(byId.get(id)).toMatchObject({ entityId: String(i), after: { title: `Row ${i}`, nested: [i] } }));
    // the column left out took its database default
    expect(stored.every((entry) => entry.at instanceof Date)).toBe(true);
  });

  it('reads live rows as plain objects with dates as days, leaving out soft-deleted rows', async () => {
    await dataSource.manager.insert(IndicatorEntity, {
      key: 'unrest',
      name: 'Unrest',
      category: 'political',
      description: 'd',
      method: { kind: 'metric' } as IndicatorEntity['method'],
      defaultWeight: 1,
      position: 1,
    });
    const event = (n: number, status: string) => ({
      indicatorKey: 'unrest',
      date: `2024-01-0${n}`,
      datePrecision: 'day',
      endDate: n === 1 ? '2024-02-01' : null,
      title: `Event ${n}`,
      summary: 's',
      severity: n,
      stage: null,
      sourceName: 'S',
      sourceUrl: `https://example.com/${n}`,
      confidence: 'high',
      status,
      origin: 'analyst',
      lifecycle: 'unknown',
      parentId: null,
      recordedAt: '2024-03-01',
      seedRef: null,
      authorId: null,
    });
    const [first, , third] = await dataSource.transaction((manager) =>
      insertRows(manager, EventEntity, [event(1, 'published'), event(2, 'draft'), event(3, 'published')] as Partial<EventEntity>[]),
    );
    await dataSource.getRepository(EventEntity).softDelete({ id: third });

    const rows = await selectRows(dataSource.manager, EventEntity, ['id', 'date', 'endDate', 'severity', 'recordedAt'], {
      status: 'published',
    });
    expect(rows).toEqual([{ id: first, date: '2024-01-01', endDate: '2024-02-01', severity: 1, recordedAt: '2024-03-01' }]);
  });
});
