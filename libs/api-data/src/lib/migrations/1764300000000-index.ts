import { MigrationInterface, QueryRunner, Table, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';

/** Weight profiles with immutable versions, and the materialised index per version. */
export class Index1764300000000 implements MigrationInterface {
  name = 'Index1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'weight_profile',
        columns: [
          t.id,
          { name: 'slug', type: 'varchar', length: '60', isUnique: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'description', type: 'text' },
          { name: 'archived', type: 'boolean', default: t.boolean(false) },
          { name: 'active_version_id', type: 'integer', isNullable: true },
          ...t.timestamps,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'weight_profile_version',
        columns: [
          t.id,
          { name: 'profile_id', type: 'integer' },
          { name: 'number', type: 'integer' },
          { name: 'weights', type: 'text' },
          { name: 'method', type: 'varchar', length: '12' },
          { name: 'note', type: 'text' },
          { name: 'author_id', type: 'integer', isNullable: true },
          t.createdAt,
        ],
        uniques: [new TableUnique({ columnNames: ['profile_id', 'number'] })],
        foreignKeys: [foreignKey('profile_id', 'weight_profile', 'CASCADE'), foreignKey('author_id', 'user_account', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'index_point',
        columns: [
          { name: 'version_id', type: 'integer', isPrimary: true },
          { name: 'date', type: 'date', isPrimary: true },
          { name: 'value', type: 'double precision' },
          { name: 'band', type: 'varchar', length: '20' },
          { name: 'contributions', type: 'text' },
          { name: 'scores', type: 'text' },
          { name: 'lower', type: 'double precision', isNullable: true },
          { name: 'upper', type: 'double precision', isNullable: true },
        ],
        foreignKeys: [foreignKey('version_id', 'weight_profile_version', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'index_build',
        columns: [
          { name: 'version_id', type: 'integer', isPrimary: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'progress', type: 'double precision', default: 0 },
          { name: 'evidence_revision', type: 'varchar', length: '128', isNullable: true },
          { name: 'last_day', type: 'date', isNullable: true },
          { name: 'computed_at', type: t.timestamp, isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
        ],
        foreignKeys: [foreignKey('version_id', 'weight_profile_version', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('index_build', true, true);
    await queryRunner.dropTable('index_point', true, true);
    await queryRunner.dropTable('weight_profile_version', true, true, true);
    await queryRunner.dropTable('weight_profile', true, true, true);
  }
}
