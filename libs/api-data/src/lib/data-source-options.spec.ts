import { DataSource } from 'typeorm';
import { createTestDatabase } from '../testing';
import { dataSourceOptions } from './data-source-options';

describe('SQLite connection', () => {
  it('uses write-ahead logging and waits on a busy database instead of failing', async () => {
    const db = await createTestDatabase('sqlite');
    const dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
    try {
      expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await dataSource.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
      expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
