import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

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
      table(
        'intake_suggestion',
        [
          t.integer('event_id', { primary: true }),
          t.varchar('indicator_key', 64, { nullable: true }),
          t.integer('severity'),
          t.boolean('severity_guessed'),
          t.integer('parent_id', { nullable: true }),
          t.varchar('confidence', 6),
          t.text('reasons'),
          t.varchar('decision', 9, { nullable: true }),
          t.text('decision_note', { nullable: true }),
          t.timestamp('decided_at', { nullable: true }),
          t.createdAt,
        ],
        {
          foreignKeys: [foreignKey('event_id', 'evidence_event', 'CASCADE'), foreignKey('parent_id', 'evidence_event', 'SET NULL')],
        },
      ),
    );
    await queryRunner.createTable(
      table(
        'intake_duplicate',
        [
          t.id,
          t.integer('event_id'),
          t.varchar('title', 200),
          t.varchar('source_name', 200),
          t.varchar('source_url', 2048, { unique: true }),
          t.day('date'),
          t.varchar('kind', 5),
          t.double('similarity'),
          t.text('reason'),
          t.day('recorded_at', { nullable: true }),
          t.createdAt,
        ],
        {
          indices: [new TableIndex({ columnNames: ['event_id'] })],
          foreignKeys: [foreignKey('event_id', 'evidence_event', 'CASCADE')],
        },
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('intake_duplicate', true, true, true);
    await queryRunner.dropTable('intake_suggestion', true, true, true);
  }
}
