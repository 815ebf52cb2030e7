import { DatabaseConfig } from '@kem/api-config';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';

export type TestEngine = 'sqlite' | 'postgres';

export interface TestDatabase {
  engine: TestEngine;
  config: DatabaseConfig;
  /** A temporary folder for the files an API on this database keeps (DATA_DIR). */
  dataDir: string;
  /** Removes everything the test database holds. */
  drop(): Promise<void>;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server (as in CI). */
export function testEngines(): TestEngine[] {
  return process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * A fresh, empty database: a temporary SQLite file, or a private schema on the PostgreSQL test
 * server (so suites running in parallel never see each other's rows).
 */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kem-test-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return {
      engine,
      config: { type: 'sqlite', path: join(dataDir, 'test.sqlite') },
      dataDir,
      drop: async () => removeDataDir(),
    };
  }
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE SCHEMA "${schema}"`));
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    engine,
    config: { type: 'postgres', url: url.toString() },
    dataDir,
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
      removeDataDir();
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface MigratedTestDatabase {
  /** Connected to a fresh test database with every migration applied. */
  dataSource: DataSource;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

/** A fresh test database (see createTestDatabase), connected and migrated. */
export async function createMigratedTestDatabase(engine: TestEngine): Promise<MigratedTestDatabase> {
  const db = await createTestDatabase(engine);
  const dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
  await migrate(dataSource);
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/**
 * Applies the migrations before the one named to a test database and lets `write` store rows in
 * that older schema (what a later migration must carry over), then closes it. Returns the names of
 * the migrations still to run.
 */
export async function migrateBefore(
  config: DatabaseConfig,
  name: string,
  write: (dataSource: DataSource) => Promise<void>,
): Promise<string[]> {
  const at = MIGRATIONS.findIndex((m) => m.name === name);
  if (at < 0) throw new Error(`No migration ${name}`);
  const before = await new DataSource({ ...dataSourceOptions(config), migrations: MIGRATIONS.slice(0, at) }).initialize();
  try {
    await before.runMigrations({ transaction: 'each' });
    await write(before);
  } finally {
    await before.destroy();
  }
  return MIGRATIONS.slice(at).map((m) => m.name);
}
