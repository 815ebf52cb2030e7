import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

/** Company footprints and saved what-if scenarios (issue 13); private to their owners. */
export class Exposure1765300000000 implements MigrationInterface {
  name = 'Exposure1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    /** A user's private table: its owner's id (indexed; rows go with the account), its columns, when created and changed. */
    const owned = (name: string, columns: TableColumn[], foreignKeys: TableForeignKey[] = []) =>
      table(name, [t.id, t.integer('owner_id'), ...columns, ...t.timestamps], {
        indices: [new TableIndex({ columnNames: ['owner_id'] })],
        foreignKeys: [foreignKey('owner_id', 'user_account', 'CASCADE'), ...foreignKeys],
      });
    await queryRunner.createTable(
      owned('footprint', [
        t.varchar('name', 120),
        t.double('revenue_share_kz'),
        t.double('export_route_share'),
        t.double('russian_input_share'),
        t.integer('staff_in_kz'),
        t.integer('sites_in_kz'),
        t.text('site_regions'),
        t.integer('foreign_funded_partners'),
        t.boolean('payments_via_russia'),
        t.boolean('data_via_russia'),
        t.boolean('telecom_via_russia'),
      ]),
    );
    await queryRunner.createTable(
      owned(
        'scenario',
        [
          t.varchar('name', 120),
          t.text('description', { nullable: true }),
          t.boolean('shared'),
          t.integer('horizon_months'),
          t.integer('footprint_id', { nullable: true }),
          t.text('definition'),
        ],
        [foreignKey('footprint_id', 'footprint', 'SET NULL')],
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scenario', true, true, true);
    await queryRunner.dropTable('footprint', true, true, true);
  }
}
