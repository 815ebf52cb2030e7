import { Column, ColumnOptions, JoinColumn, ManyToOne, ObjectType } from 'typeorm';

/** What a column of a known kind may add: its name when it differs from the property, and nullability. */
type KindOptions = Pick<ColumnOptions, 'name' | 'nullable' | 'default' | 'primary'>;

/** A calendar day, read and written as 'YYYY-MM-DD' (no time, no zone). */
export const DayColumn = (options: KindOptions = {}) => Column({ type: 'date', ...options });

/** A number with a fraction (a share, a score, a weight, a threshold). */
export const DoubleColumn = (options: KindOptions = {}) => Column({ type: 'double precision', ...options });

/** A value stored as JSON text. */
export const JsonColumn = (options: KindOptions = {}) => Column({ type: 'simple-json', ...options });

/** An instant, stored without a zone and read as UTC on both engines. */
export const InstantColumn = (name: string, options: KindOptions = {}) => Column({ name, type: Date, ...options });

/**
 * The row a foreign key column points at, loaded through that column (declared on its own property
 * beside this one), and what deleting it does to this row.
 */
export function Reference<T>(
  target: () => ObjectType<T>,
  column: string,
  onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT',
): PropertyDecorator {
  const join = JoinColumn({ name: column });
  const relation = ManyToOne(target, { onDelete });
  return (prototype, property) => {
    join(prototype, property);
    relation(prototype, property);
  };
}
