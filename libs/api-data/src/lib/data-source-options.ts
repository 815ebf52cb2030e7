import { DatabaseConfig } from '@kem/api-config';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaults as pgDefaults, types as pgTypes } from 'pg';
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
    useUtcTimestamps();
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

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * TypeORM maps Date columns to PostgreSQL `timestamp` (no zone), and pg would write and read them in
 * the server process's local zone. Pinning both directions to UTC keeps instants exact whatever TZ the
 * API runs in, as SQLite already does.
 */
function useUtcTimestamps(): void {
  pgDefaults.parseInputDatesAsUTC = true;
  pgTypes.setTypeParser(TIMESTAMP_WITHOUT_TIME_ZONE, (value) => new Date(`${value.replace(' ', 'T')}Z`));
}
