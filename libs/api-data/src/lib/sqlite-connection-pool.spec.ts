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
    const a = dataSource.createQueryRunner();
    await a.startTransaction();
    await a.manager.insert(UserEntity, user('a@example.com'));
    // Both begin while a's transaction is open: on one shared connection their BEGIN would fail
    // ("cannot start a transaction within a transaction"); pooled, they queue on SQLite's write lock.
    const others = ['b@example.com', 'c@example.com'].map((email) =>
      dataSource.transaction((manager) => manager.insert(UserEntity, user(email))),
    );
    await a.commitTransaction();
    await a.release();
    await Promise.all(others);
    expect(await dataSource.getRepository(UserEntity).count()).toBe(3);
  });

  it('keeps a write made outside a transaction out of a concurrent transaction that rolls back', async () => {
    const failing = dataSource.createQueryRunner();
    await failing.startTransaction();
    await failing.manager.insert(UserEntity, user('rolled-back@example.com'));
    // Sent while the transaction is open: on one shared connection it would land inside it.
    const independent = dataSource.getRepository(UserEntity).insert(user('independent@example.com'));
    await failing.rollbackTransaction();
    await failing.release();
    await independent;
    const emails = (await dataSource.getRepository(UserEntity).find()).map((u) => u.email);
    expect(emails).toEqual(['independent@example.com']);
  });

  it('configures every pooled connection like the first (foreign keys on)', async () => {
    await Promise.all([1, 2, 3, 4].map(async () => expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }])));
  });
});
