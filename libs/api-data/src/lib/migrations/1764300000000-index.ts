import { MigrationInterface, QueryRunner, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

/** Weight profiles with immutable versions, and the materialised index per version. */
export class Index1764300000000 implements MigrationInterface {
  name = 'Index1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      table('weight_profile', [
        t.id,
        t.varchar('slug', 60, { unique: true }),
        t.varchar('name', 120),
        t.text('description'),
        t.boolean('archived', { default: false }),
        t.integer('active_version_id', { nullable: true }),
        ...t.timestamps,
      ]),
    );
    await queryRunner.createTable(
      table(
        'weight_profile_version',
        [
          t.id,
          t.integer('profile_id'),
          t.integer('number'),
          t.text('weights'),
          t.varchar('method', 12),
          t.text('note'),
          t.integer('author_id', { nullable: true }),
          t.createdAt,
        ],
        {
          uniques: [new TableUnique({ columnNames: ['profile_id', 'number'] })],
          foreignKeys: [foreignKey('profile_id', 'weight_profile', 'CASCADE'), foreignKey('author_id', 'user_account', 'SET NULL')],
        },
      ),
    );
    await queryRunner.createTable(
      table(
        'index_point',
        [
          t.integer('version_id', { primary: true }),
          t.day('date', { primary: true }),
          t.double('value'),
          t.varchar('band', 20),
          t.text('contributions'),
          t.text('scores'),
          t.double('lower', { nullable: true }),
          t.double('upper', { nullable: true }),
        ],
        {
          foreignKeys: [foreignKey('version_id', 'weight_profile_version', 'CASCADE')],
        },
      ),
    );
    await queryRunner.createTable(
      table(
        'index_build',
        [
          t.integer('version_id', { primary: true }),
          t.varchar('status', 10),
          t.double('progress', { default: 0 }),
          t.varchar('evidence_revision', 128, { nullable: true }),
          t.day('last_day', { nullable: true }),
          t.timestamp('computed_at', { nullable: true }),
          t.text('error', { nullable: true }),
        ],
        {
          foreignKeys: [foreignKey('version_id', 'weight_profile_version', 'CASCADE')],
        },
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('index_build', true, true);
    await queryRunner.dropTable('index_point', true, true);
    await queryRunner.dropTable('weight_profile_version', true, true, true);
    await queryRunner.dropTable('weight_profile', true, true, true);
  }
}
