import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { portableTypes, table } from './portable-types';

/** Connector sync history and the lease that lets one API instance sync at a time. */
export class Connectors1764200000000 implements MigrationInterface {
  name = 'Connectors1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      table(
        'connector_run',
        [
          t.id,
          t.varchar('connector_key', 32),
          t.varchar('trigger', 10),
          t.timestamp('started_at'),
          t.timestamp('finished_at', { nullable: true }),
          t.varchar('status', 10),
          t.integer('observations_added', { default: 0 }),
          t.integer('observations_updated', { default: 0 }),
          t.integer('drafts_added', { default: 0 }),
          t.text('warnings', { nullable: true }),
          t.text('error', { nullable: true }),
        ],
        {
          indices: [new TableIndex({ columnNames: ['connector_key', 'started_at'] })],
        },
      ),
    );
    await queryRunner.createTable(
      table('connector_lease', [
        t.varchar('connector_key', 32, { primary: true }),
        t.timestamp('leased_until', { nullable: true }),
        t.varchar('holder', 64, { nullable: true }),
      ]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('connector_lease');
    await queryRunner.dropTable('connector_run', true, true, true);
  }
}
