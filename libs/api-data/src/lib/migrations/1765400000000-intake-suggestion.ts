import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes } from './portable-types';

/**
 * Intake that saves an analyst time (issue 12): the suggestion each connector draft arrives with
 * (indicator, severity, family, the reasons in words) and how triage settled it; and the copies of
 * a story from other feeds that intake merged into a stored event or draft instead of adding them.
 * Separate tables, so the event table stays as wide as it was for the event list's hot path.
 */
export class IntakeSuggestion1765400000000 implements MigrationInterface {
  name = 'IntakeSuggestion1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'intake_suggestion',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'indicator_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'severity', type: 'integer' },
          { name: 'severity_guessed', type: 'boolean' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'confidence', type: 'varchar', length: '6' },
          { name: 'reasons', type: 'text' },
          { name: 'decision', type: 'varchar', length: '9', isNullable: true },
          { name: 'decision_note', type: 'text', isNullable: true },
          { name: 'decided_at', type: t.timestamp, isNullable: true },
          t.createdAt,
        ],
        foreignKeys: [foreignKey('event_id', 'evidence_event', 'CASCADE'), foreignKey('parent_id', 'evidence_event', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'intake_duplicate',
        columns: [
          t.id,
          { name: 'event_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'source_name', type: 'varchar', length: '200' },
          { name: 'source_url', type: 'varchar', length: '2048', isUnique: true },
          { name: 'date', type: 'date' },
          { name: 'kind', type: 'varchar', length: '5' },
          { name: 'similarity', type: 'double precision' },
          { name: 'reason', type: 'text' },
          { name: 'recorded_at', type: 'date', isNullable: true },
          t.createdAt,
        ],
        indices: [new TableIndex({ columnNames: ['event_id'] })],
        foreignKeys: [foreignKey('event_id', 'evidence_event', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('intake_duplicate', true, true, true);
    await queryRunner.dropTable('intake_suggestion', true, true, true);
  }
}
