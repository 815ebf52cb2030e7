import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { LIVE_EVENT_WHERE } from '../entities/event.entity';
import { LIVE_EVENT_INDEXES } from './1765500000000-evidence-indexes';

/**
 * Event list at scale (issue 12): SQLite takes a partial index as covering only when it holds
 * every column the query names, the `deleted_at` of its own filter too; without it an indicator's
 * page looked every row up through the plain (indicator_key, date) index. The live-rows indexes
 * get `deleted_at` as their last column. Creating and dropping indexes leaves the table in place,
 * so the event search triggers of 1765800000000 stay.
 */
export class EventLiveCovering1765900000000 implements MigrationInterface {
  name = 'EventLiveCovering1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, (columns) => [...columns, 'deleted_at']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replace(queryRunner, (columns) => [...columns]);
  }
}

async function replace(queryRunner: QueryRunner, columnsOf: (columns: readonly string[]) => string[]): Promise<void> {
  for (const [name, columns] of Object.entries(LIVE_EVENT_INDEXES)) {
    await queryRunner.dropIndex('evidence_event', name);
    const index = new TableIndex({ name, columnNames: columnsOf(columns), where: LIVE_EVENT_WHERE });
    await queryRunner.createIndex('evidence_event', index);
  }
}
