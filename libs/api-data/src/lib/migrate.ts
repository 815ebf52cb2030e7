import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Arbitrary constant shared by every API instance: only one of them migrates at a time. */
const MIGRATION_LOCK_KEY = 7_460_351_201;
const logger = new Logger('Migrations');

/**
 * Brings the schema up to date. On PostgreSQL several API instances may start together, so they
 * queue on an advisory lock; each migration runs in its own transaction.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const run = async () => (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  let applied: string[];
  if (dataSource.options.type === 'postgres') {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      applied = await run();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await lock.release();
    }
  } else {
    applied = await run();
  }
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  return applied;
}
