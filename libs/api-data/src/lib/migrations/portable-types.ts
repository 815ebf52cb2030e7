import { QueryRunner } from 'typeorm';

/**
 * Column types and defaults as the running driver names them, so one migration creates the same
 * schema on SQLite and PostgreSQL as the entities describe (timestamps differ between engines).
 */
export function portableTypes(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  return {
    timestamp: driver.normalizeType({ type: Date }),
    now: () => driver.mappedDataTypes.createDateDefault as string,
    /** SQLite keeps booleans as 0/1 and TypeORM compares defaults in that form. */
    boolean: (value: boolean) => (driver.options.type === 'postgres' ? String(value) : value ? '1' : '0'),
    autoIncrement: { isGenerated: true, generationStrategy: 'increment' as const, isPrimary: true },
  };
}
