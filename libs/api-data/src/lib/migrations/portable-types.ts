import { QueryRunner, Table, TableColumn, TableOptions } from 'typeorm';

/** What a column may be besides its name and type. */
interface ColumnOptions<Default> {
  nullable?: boolean;
  unique?: boolean;
  primary?: boolean;
  default?: Default;
}

/** A table: its columns, then its keys, indexes and foreign keys when it has any. */
export const table = (name: string, columns: TableColumn[], parts: Omit<TableOptions, 'name' | 'columns'> = {}) =>
  new Table({ name, columns, ...parts });

/**
 * Column builders in the types and defaults the running driver names them, so one migration creates
 * the same schema on SQLite and PostgreSQL as the entities describe (timestamps and booleans differ
 * between engines), and the columns most tables share in those types.
 */
export function portableTypes(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const postgres = driver.options.type === 'postgres';
  const column = (name: string, type: string, options: ColumnOptions<unknown>, extra: { length?: string; default?: unknown } = {}) =>
    new TableColumn({ name, type, isNullable: options.nullable, isUnique: options.unique, isPrimary: options.primary, ...extra });
  /** Literal defaults are SQL: strings are quoted. */
  const quoted = (value: string | undefined) => (value === undefined ? undefined : `'${value}'`);

  const timestamp = (name: string, options: ColumnOptions<'now'> = {}) =>
    column(name, driver.normalizeType({ type: Date }), options, {
      default: options.default && (driver.mappedDataTypes.createDateDefault as string),
    });
  const createdAt = timestamp('created_at', { default: 'now' });
  return {
    varchar: (name: string, length: number, options: ColumnOptions<string> = {}) =>
      column(name, 'varchar', options, { length: String(length), default: quoted(options.default) }),
    text: (name: string, options: ColumnOptions<string> = {}) => column(name, 'text', options, { default: quoted(options.default) }),
    integer: (name: string, options: ColumnOptions<number> = {}) => column(name, 'integer', options, { default: options.default }),
    double: (name: string, options: ColumnOptions<number> = {}) => column(name, 'double precision', options, { default: options.default }),
    /** SQLite keeps booleans as 0/1 and TypeORM compares defaults in that form. */
    boolean: (name: string, options: ColumnOptions<boolean> = {}) =>
      column(name, 'boolean', options, {
        default: options.default === undefined ? undefined : postgres ? String(options.default) : options.default ? '1' : '0',
      }),
    /** A calendar day, 'YYYY-MM-DD'. */
    day: (name: string, options: ColumnOptions<never> = {}) => column(name, 'date', options),
    /** An instant; `default: 'now'` is the time of the insert. */
    timestamp,
    /** The generated integer key of a table. */
    id: new TableColumn({ name: 'id', type: 'integer', isGenerated: true, generationStrategy: 'increment', isPrimary: true }),
    createdAt,
    /** When a row was created and last changed. */
    timestamps: [createdAt, timestamp('updated_at', { default: 'now' })],
  };
}
