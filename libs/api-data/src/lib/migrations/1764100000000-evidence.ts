import { MigrationInterface, QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';

/** Events, observations and the audit trail. */
export class Evidence1764100000000 implements MigrationInterface {
  name = 'Evidence1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    const audited = [
      { name: 'author_id', type: 'integer', isNullable: true },
      ...t.timestamps,
      { name: 'deleted_at', type: t.timestamp, isNullable: true },
    ];
    // Declared inside each table: SQLite cannot add foreign keys to an existing table.
    const foreignKeys = [foreignKey('indicator_key', 'indicator', 'RESTRICT', 'key'), foreignKey('author_id', 'user_account', 'SET NULL')];

    await queryRunner.createTable(
      new Table({
        name: 'evidence_event',
        columns: [
          t.id,
          { name: 'indicator_key', type: 'varchar', length: '64' },
          { name: 'date', type: 'date' },
          { name: 'date_precision', type: 'varchar', length: '5', default: "'day'" },
          { name: 'end_date', type: 'date', isNullable: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'summary', type: 'text' },
          { name: 'severity', type: 'integer' },
          { name: 'stage', type: 'varchar', length: '40', isNullable: true },
          { name: 'source_name', type: 'varchar', length: '200' },
          { name: 'source_url', type: 'varchar', length: '2048' },
          { name: 'confidence', type: 'varchar', length: '6' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'origin', type: 'varchar', length: '10' },
          { name: 'seed_ref', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          ...audited,
        ],
        indices: [
          new TableIndex({ columnNames: ['indicator_key', 'date'] }),
          new TableIndex({ columnNames: ['source_url'] }),
          new TableIndex({ columnNames: ['status'] }),
        ],
        foreignKeys,
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'observation',
        columns: [
          t.id,
          { name: 'indicator_key', type: 'varchar', length: '64' },
          { name: 'series', type: 'varchar', length: '64' },
          { name: 'date', type: 'date' },
          { name: 'value', type: 'double precision' },
          { name: 'unit', type: 'varchar', length: '60' },
          { name: 'source_name', type: 'varchar', length: '200' },
          { name: 'source_url', type: 'varchar', length: '2048' },
          { name: 'confidence', type: 'varchar', length: '6' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'origin', type: 'varchar', length: '10' },
          ...audited,
        ],
        uniques: [new TableUnique({ columnNames: ['indicator_key', 'series', 'date'] })],
        foreignKeys,
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          t.id,
          { name: 'at', type: t.timestamp, default: t.now() },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'action', type: 'varchar', length: '60' },
          { name: 'entity_type', type: 'varchar', length: '40' },
          { name: 'entity_id', type: 'varchar', length: '64' },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['at'] }),
          new TableIndex({ columnNames: ['action'] }),
          new TableIndex({ columnNames: ['entity_type', 'entity_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entry', true, true, true);
    await queryRunner.dropTable('observation', true, true, true);
    await queryRunner.dropTable('evidence_event', true, true, true);
  }
}
