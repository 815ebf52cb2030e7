import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * Scores stored once (issue 11, item 9): every indicator's daily scores per evidence revision and
 * scoring method version in `indicator_score`, reused by every weight-profile version, the weights
 * preview and the indicator series. Index points no longer copy the scores (`index_point.scores`
 * goes), and a point has no value (null) on a day no indicator is in the composite (method 2:
 * every indicator unmonitored) — never 0. Existing builds are marked stale so they are rebuilt.
 */
export class IndicatorScores1765200000000 implements MigrationInterface {
  name = 'IndicatorScores1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'indicator_score',
        columns: [
          { name: 'method_version', type: 'integer', isPrimary: true },
          { name: 'revision', type: 'varchar', length: '64', isPrimary: true },
          { name: 'indicator_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'from_day', type: 'date' },
          { name: 'days', type: 'integer' },
          { name: 'score', type: 'text' },
          { name: 'baseline', type: 'text', isNullable: true },
          { name: 'freshness', type: 'text', isNullable: true },
          { name: 'spread', type: 'text', isNullable: true },
          { name: 'age', type: 'text', isNullable: true },
          { name: 'flags', type: 'text', isNullable: true },
          { name: 'computed_at', type: t.timestamp, default: t.now() },
        ],
      }),
    );
    await queryRunner.query('DELETE FROM index_point');
    await queryRunner.query(`UPDATE index_build SET evidence_revision = NULL, status = 'building' WHERE status = 'ready'`);
    await queryRunner.dropColumn('index_point', 'scores');
    await queryRunner.changeColumns('index_point', [
      {
        oldColumn: new TableColumn({ name: 'value', type: 'double precision' }),
        newColumn: new TableColumn({ name: 'value', type: 'double precision', isNullable: true }),
      },
      {
        oldColumn: new TableColumn({ name: 'band', type: 'varchar', length: '20' }),
        newColumn: new TableColumn({ name: 'band', type: 'varchar', length: '20', isNullable: true }),
      },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM index_point');
    await queryRunner.query(`UPDATE index_build SET evidence_revision = NULL`);
    await queryRunner.changeColumns('index_point', [
      {
        oldColumn: new TableColumn({ name: 'value', type: 'double precision', isNullable: true }),
        newColumn: new TableColumn({ name: 'value', type: 'double precision' }),
      },
      {
        oldColumn: new TableColumn({ name: 'band', type: 'varchar', length: '20', isNullable: true }),
        newColumn: new TableColumn({ name: 'band', type: 'varchar', length: '20' }),
      },
    ]);
    await queryRunner.addColumn('index_point', new TableColumn({ name: 'scores', type: 'text', default: "'{}'" }));
    await queryRunner.dropTable('indicator_score');
  }
}
