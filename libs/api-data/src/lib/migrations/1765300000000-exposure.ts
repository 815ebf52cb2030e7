import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/** Company footprints and saved what-if scenarios (issue 13); private to their owners. */
export class Exposure1765300000000 implements MigrationInterface {
  name = 'Exposure1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'footprint',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
          { name: 'owner_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'revenue_share_kz', type: 'double precision' },
          { name: 'export_route_share', type: 'double precision' },
          { name: 'russian_input_share', type: 'double precision' },
          { name: 'staff_in_kz', type: 'integer' },
          { name: 'sites_in_kz', type: 'integer' },
          { name: 'site_regions', type: 'text' },
          { name: 'foreign_funded_partners', type: 'integer' },
          { name: 'payments_via_russia', type: 'boolean' },
          { name: 'data_via_russia', type: 'boolean' },
          { name: 'telecom_via_russia', type: 'boolean' },
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'updated_at', type: t.timestamp, default: t.now() },
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scenario',
        columns: [
          { name: 'id', type: 'integer', ...t.autoIncrement },
          { name: 'owner_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'shared', type: 'boolean' },
          { name: 'horizon_months', type: 'integer' },
          { name: 'footprint_id', type: 'integer', isNullable: true },
          { name: 'definition', type: 'text' },
          { name: 'created_at', type: t.timestamp, default: t.now() },
          { name: 'updated_at', type: t.timestamp, default: t.now() },
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['footprint_id'],
            referencedTableName: 'footprint',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scenario', true, true, true);
    await queryRunner.dropTable('footprint', true, true, true);
  }
}
