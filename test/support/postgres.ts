import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestPostgresDatabase {
  /** postgres:// URL of the new, empty database. */
  url: string;
  /** Runs a query against it (assertions on what the API instances stored). */
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Closes the query connection and drops the database, disconnecting whoever is still on it. */
  drop(): Promise<void>;
}

/** The PostgreSQL server of the test run (CI: postgres://postgres@127.0.0.1:5432/test), or null without one. */
export function testPostgresServer(): string | null {
  return process.env['TEST_DATABASE_URL'] || null;
}

/**
 * A dedicated, empty database on the test server, named per run, so processes started on it (which
 * migrate their own schema) never meet another suite's tables or rows.
 */
export async function createPostgresDatabase(serverUrl: string): Promise<TestPostgresDatabase> {
  const name = `kem_system_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return {
    url: url.toString(),
    query: async <T extends object>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    drop: async () => {
      await client.end().catch(() => undefined);
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
