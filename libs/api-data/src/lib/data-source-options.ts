import { DatabaseConfig } from '@kem/api-config';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** TypeORM options for the configured engine; the schema only ever comes from MIGRATIONS. */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
  };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    database: database.path,
    enableWAL: database.path !== ':memory:',
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  };
}
