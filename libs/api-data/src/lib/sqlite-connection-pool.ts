import { DataSource } from 'typeorm';
import { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver.js';
import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner.js';

type SqliteConnection = { close(callback: (error: Error | null) => void): void };

/**
 * TypeORM's sqlite3 driver runs every query of the process over one connection, so a transaction
 * in the background (the index build) and one in a request collide ("Transaction already started")
 * and unrelated writes can slip into someone else's transaction. This gives each query runner its
 * own connection from a small pool instead — configured by the driver itself (WAL, busy timeout,
 * foreign keys) — and starts transactions with BEGIN IMMEDIATE so writers queue on SQLite's lock
 * (within the busy timeout) instead of failing when a read turns into a write.
 */
export function poolSqliteConnections(dataSource: DataSource, size: number): void {
  const driver = dataSource.driver as SqliteDriver;
  // Protected in TypeORM's typings; it opens and configures a connection exactly as the driver's own.
  const openConnection = () => (driver as unknown as { createDatabaseConnection(): Promise<SqliteConnection> }).createDatabaseConnection();
  const idle: SqliteConnection[] = [];
  const waiting: ((connection: SqliteConnection) => void)[] = [];
  const all: SqliteConnection[] = [];

  const acquire = async (): Promise<SqliteConnection> => {
    const free = idle.pop();
    if (free) return free;
    if (all.length < size) {
      const connection = await openConnection();
      all.push(connection);
      return connection;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const giveBack = (connection: SqliteConnection) => {
    const next = waiting.shift();
    if (next) next(connection);
    else idle.push(connection);
  };

  driver.createQueryRunner = () => {
    const runner = new SqliteQueryRunner(driver);
    let held: Promise<SqliteConnection> | null = null;
    runner.connect = () => (held ??= acquire());
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) =>
      query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, parameters, structured as false)) as typeof runner.query;
    const release = runner.release.bind(runner);
    runner.release = async () => {
      if (held) {
        const connection = await held;
        held = null;
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        giveBack(connection);
      }
      return release();
    };
    return runner;
  };

  const disconnect = driver.disconnect.bind(driver);
  driver.disconnect = async () => {
    await Promise.all(all.map((c) => new Promise<void>((resolve) => c.close(() => resolve()))));
    all.length = 0;
    idle.length = 0;
    return disconnect();
  };
}
