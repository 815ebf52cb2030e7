import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
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
          t.id,
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
          ...t.timestamps,
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [foreignKey('owner_id', 'user_account', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scenario',
        columns: [
          t.id,
          { name: 'owner_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'shared', type: 'boolean' },
          { name: 'horizon_months', type: 'integer' },
          { name: 'footprint_id', type: 'integer', isNullable: true },
          { name: 'definition', type: 'text' },
          ...t.timestamps,
        ],
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [foreignKey('owner_id', 'user_account', 'CASCADE'), foreignKey('footprint_id', 'footprint', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scenario', true, true, true);
    await queryRunner.dropTable('footprint', true, true, true);
  }
}
