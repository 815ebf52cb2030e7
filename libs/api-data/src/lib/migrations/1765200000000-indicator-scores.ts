import { MigrationInterface, QueryRunner } from 'typeorm';
import { portableTypes, table } from './portable-types';

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
      table('indicator_score', [
        t.integer('method_version', { primary: true }),
        t.varchar('revision', 64, { primary: true }),
        t.varchar('indicator_key', 64, { primary: true }),
        t.day('from_day'),
        t.integer('days'),
        t.text('score'),
        t.text('baseline', { nullable: true }),
        t.text('freshness', { nullable: true }),
        t.text('spread', { nullable: true }),
        t.text('age', { nullable: true }),
        t.text('flags', { nullable: true }),
        t.timestamp('computed_at', { default: 'now' }),
      ]),
    );
    await queryRunner.query('DELETE FROM index_point');
    await queryRunner.query(`UPDATE index_build SET evidence_revision = NULL, status = 'building' WHERE status = 'ready'`);
    await queryRunner.dropColumn('index_point', 'scores');
    await queryRunner.changeColumns('index_point', [
      {
        oldColumn: t.double('value'),
        newColumn: t.double('value', { nullable: true }),
      },
      {
        oldColumn: t.varchar('band', 20),
        newColumn: t.varchar('band', 20, { nullable: true }),
      },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.query('DELETE FROM index_point');
    await queryRunner.query(`UPDATE index_build SET evidence_revision = NULL`);
    await queryRunner.changeColumns('index_point', [
      {
        oldColumn: t.double('value', { nullable: true }),
        newColumn: t.double('value'),
      },
      {
        oldColumn: t.varchar('band', 20, { nullable: true }),
        newColumn: t.varchar('band', 20),
      },
    ]);
    await queryRunner.addColumn('index_point', t.text('scores', { default: '{}' }));
    await queryRunner.dropTable('indicator_score');
  }
}
