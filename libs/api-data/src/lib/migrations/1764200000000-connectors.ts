import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/** Connector sync history and the lease that lets one API instance sync at a time. */
export class Connectors1764200000000 implements MigrationInterface {
  name = 'Connectors1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'connector_run',
        columns: [
          t.id,
          { name: 'connector_key', type: 'varchar', length: '32' },
          { name: 'trigger', type: 'varchar', length: '10' },
          { name: 'started_at', type: t.timestamp },
          { name: 'finished_at', type: t.timestamp, isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'observations_added', type: 'integer', default: 0 },
          { name: 'observations_updated', type: 'integer', default: 0 },
          { name: 'drafts_added', type: 'integer', default: 0 },
          { name: 'warnings', type: 'text', isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['connector_key', 'started_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'connector_lease',
        columns: [
          { name: 'connector_key', type: 'varchar', length: '32', isPrimary: true },
          { name: 'leased_until', type: t.timestamp, isNullable: true },
          { name: 'holder', type: 'varchar', length: '64', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('connector_lease');
    await queryRunner.dropTable('connector_run', true, true, true);
  }
}
