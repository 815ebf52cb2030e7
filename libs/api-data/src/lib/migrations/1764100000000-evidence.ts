import { MigrationInterface, QueryRunner, TableIndex, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

/** Events, observations and the audit trail. */
export class Evidence1764100000000 implements MigrationInterface {
  name = 'Evidence1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    const audited = [t.integer('author_id', { nullable: true }), ...t.timestamps, t.timestamp('deleted_at', { nullable: true })];
    // Declared inside each table: SQLite cannot add foreign keys to an existing table.
    const foreignKeys = [foreignKey('indicator_key', 'indicator', 'RESTRICT', 'key'), foreignKey('author_id', 'user_account', 'SET NULL')];

    await queryRunner.createTable(
      table(
        'evidence_event',
        [
          t.id,
          t.varchar('indicator_key', 64),
          t.day('date'),
          t.varchar('date_precision', 5, { default: 'day' }),
          t.day('end_date', { nullable: true }),
          t.varchar('title', 200),
          t.text('summary'),
          t.integer('severity'),
          t.varchar('stage', 40, { nullable: true }),
          t.varchar('source_name', 200),
          t.varchar('source_url', 2048),
          t.varchar('confidence', 6),
          t.varchar('status', 10),
          t.varchar('origin', 10),
          t.varchar('seed_ref', 100, { nullable: true, unique: true }),
          ...audited,
        ],
        {
          indices: [
            new TableIndex({ columnNames: ['indicator_key', 'date'] }),
            new TableIndex({ columnNames: ['source_url'] }),
            new TableIndex({ columnNames: ['status'] }),
          ],
          foreignKeys,
        },
      ),
    );

    await queryRunner.createTable(
      table(
        'observation',
        [
          t.id,
          t.varchar('indicator_key', 64),
          t.varchar('series', 64),
          t.day('date'),
          t.double('value'),
          t.varchar('unit', 60),
          t.varchar('source_name', 200),
          t.varchar('source_url', 2048),
          t.varchar('confidence', 6),
          t.text('note', { nullable: true }),
          t.varchar('origin', 10),
          ...audited,
        ],
        {
          uniques: [new TableUnique({ columnNames: ['indicator_key', 'series', 'date'] })],
          foreignKeys,
        },
      ),
    );

    await queryRunner.createTable(
      table(
        'audit_entry',
        [
          t.id,
          t.timestamp('at', { default: 'now' }),
          t.integer('actor_id', { nullable: true }),
          t.varchar('actor_email', 254, { nullable: true }),
          t.varchar('action', 60),
          t.varchar('entity_type', 40),
          t.varchar('entity_id', 64),
          t.text('before', { nullable: true }),
          t.text('after', { nullable: true }),
        ],
        {
          indices: [
            new TableIndex({ columnNames: ['at'] }),
            new TableIndex({ columnNames: ['action'] }),
            new TableIndex({ columnNames: ['entity_type', 'entity_id'] }),
          ],
        },
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entry', true, true, true);
    await queryRunner.dropTable('observation', true, true, true);
    await queryRunner.dropTable('evidence_event', true, true, true);
  }
}
