import { TableForeignKey } from 'typeorm';

/** A foreign key from one column to another table's key (its id unless named). */
export const foreignKey = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT', key = 'id') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: [key], onDelete });
