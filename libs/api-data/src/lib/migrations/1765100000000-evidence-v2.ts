import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { foreignKey } from './foreign-key';
import { portableTypes, table } from './portable-types';

/**
 * Evidence for methodology version 2: an event's lifecycle (ongoing / ended / unknown), its family
 * (parent_id, one level) and the day we learned of it (recorded_at); an observation's period,
 * vintage and recorded_at; and the analyst's "reviewed — no change" record.
 *
 * Existing events are known from their date (v1 replayed history that way) and are `ended` when an
 * end date was entered, else `unknown`; the curated seed then fills the curated rows nobody edited.
 * Existing observations get the period their date stands for: a year for a 31 December value,
 * else the part-year ending with the date's month.
 */
export class EvidenceV21765100000000 implements MigrationInterface {
  name = 'EvidenceV21765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const t = portableTypes(queryRunner);

    await queryRunner.addColumns('evidence_event', [
      t.varchar('lifecycle', 7, { default: 'unknown' }),
      t.integer('parent_id', { nullable: true }),
      t.day('recorded_at', { nullable: true }),
    ]);
    await queryRunner.createForeignKey('evidence_event', foreignKey('parent_id', 'evidence_event', 'SET NULL'));
    await queryRunner.createIndex('evidence_event', new TableIndex({ columnNames: ['parent_id'] }));
    await queryRunner.query(
      `UPDATE evidence_event SET recorded_at = date, lifecycle = CASE WHEN end_date IS NULL THEN 'unknown' ELSE 'ended' END`,
    );

    await queryRunner.addColumns('observation', [
      t.varchar('period', 7, { nullable: true }),
      t.day('vintage', { nullable: true }),
      t.day('recorded_at', { nullable: true }),
    ]);
    const text = postgres ? `to_char(date, 'YYYY-MM-DD')` : 'date';
    await queryRunner.query(
      `UPDATE observation SET period = CASE WHEN substr(${text}, 6, 5) = '12-31' THEN substr(${text}, 1, 4) ELSE substr(${text}, 1, 7) END`,
    );

    await queryRunner.createTable(
      table(
        'indicator_review',
        [
          t.id,
          t.varchar('indicator_key', 64),
          t.day('reviewed_on'),
          t.text('note', { nullable: true }),
          t.integer('author_id', { nullable: true }),
          t.day('recorded_at'),
        ],
        {
          indices: [new TableIndex({ columnNames: ['indicator_key', 'reviewed_on'] })],
          foreignKeys: [foreignKey('indicator_key', 'indicator', 'RESTRICT', 'key'), foreignKey('author_id', 'user_account', 'SET NULL')],
        },
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator_review', true, true, true);
    await queryRunner.dropColumns('observation', ['period', 'vintage', 'recorded_at']);
    const events = await queryRunner.getTable('evidence_event');
    const parentKey = events?.foreignKeys.find((fk) => fk.columnNames.length === 1 && fk.columnNames[0] === 'parent_id');
    if (parentKey) await queryRunner.dropForeignKey('evidence_event', parentKey);
    const parentIndex = events?.indices.find((i) => i.columnNames.length === 1 && i.columnNames[0] === 'parent_id');
    if (parentIndex) await queryRunner.dropIndex('evidence_event', parentIndex);
    await queryRunner.dropColumns('evidence_event', ['lifecycle', 'parent_id', 'recorded_at']);
  }
}
