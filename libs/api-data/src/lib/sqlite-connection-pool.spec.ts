import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing';
import { dataSourceOptions } from './data-source-options';
import { UserEntity } from './entities';
import { migrate } from './migrate';
import { poolSqliteConnections } from './sqlite-connection-pool';

describe('pooled SQLite connections', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const user = (email: string) => ({
    email,
    passwordHash: 'x',
    role: 'viewer' as const,
    active: true,
    displayName: null,
    lastLoginAt: null,
  });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
    poolSqliteConnections(dataSource, 4);
    await migrate(dataSource);
  });

  afterEach(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('runs overlapping transactions side by side instead of failing', async () => {
    const slowTransaction = (email: string) =>
      dataSource.transaction(async (manager) => {
        await manager.insert(UserEntity, user(email));
        await pause(50);
      });
    await Promise.all([slowTransaction('a@example.com'), slowTransaction('b@example.com'), slowTransaction('c@example.com')]);
    expect(await dataSource.getRepository(UserEntity).count()).toBe(3);
  });

  it('keeps a write made outside a transaction out of a concurrent transaction that rolls back', async () => {
    const failing = dataSource
      .transaction(async (manager) => {
        await manager.insert(UserEntity, user('rolled-back@example.com'));
        await pause(50);
        throw new Error('validation failed');
      })
      .catch(() => 'rolled back');
    await pause(10);
    await dataSource.getRepository(UserEntity).insert(user('independent@example.com'));
    expect(await failing).toBe('rolled back');
    const emails = (await dataSource.getRepository(UserEntity).find()).map((u) => u.email);
    expect(emails).toEqual(['independent@example.com']);
  });

  it('configures every pooled connection like the first (foreign keys on)', async () => {
    await Promise.all([1, 2, 3, 4].map(async () => expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }])));
  });
});
