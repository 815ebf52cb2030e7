import { QueryRunner } from 'typeorm';

/**
 * Column types and defaults as the running driver names them, so one migration creates the same
 * schema on SQLite and PostgreSQL as the entities describe (timestamps differ between engines),
 * and the columns most tables share in those types.
 */
export function portableTypes(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const timestamp = driver.normalizeType({ type: Date });
  const now = () => driver.mappedDataTypes.createDateDefault as string;
  const createdAt = { name: 'created_at', type: timestamp, default: now() };
  return {
    timestamp,
    now,
    /** SQLite keeps booleans as 0/1 and TypeORM compares defaults in that form. */
    boolean: (value: boolean) => (driver.options.type === 'postgres' ? String(value) : value ? '1' : '0'),
    /** The generated integer key of a table. */
    id: { name: 'id', type: 'integer', isGenerated: true, generationStrategy: 'increment' as const, isPrimary: true },
    createdAt,
    /** When a row was created and last changed. */
    timestamps: [createdAt, { name: 'updated_at', type: timestamp, default: now() }],
  };
}
