import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { LIVE_EVENT_WHERE } from '../entities/event.entity';

/** Index name → columns: its filter, the list's ORDER BY date, id, and end_date that a date range compares. */
export const LIVE_EVENT_INDEXES: Readonly<Record<string, readonly string[]>> = {
  IDX_evidence_event_live_date: ['date', 'id', 'end_date'],
  IDX_evidence_event_live_status_date: ['status', 'date', 'id', 'end_date'],
  IDX_evidence_event_live_indicator_date: ['indicator_key', 'date', 'id', 'end_date'],
};

/**
 * Event list at scale (issue 12, item 6): with 100,000 events, sorting by date and id and counting
 * read the whole table. Partial indexes of live rows give the page's ids and its count from the
 * index alone, for no filter, a status or an indicator, with or without a date range.
 */
export class EvidenceIndexes1765500000000 implements MigrationInterface {
  name = 'EvidenceIndexes1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, columnNames] of Object.entries(LIVE_EVENT_INDEXES))
      await queryRunner.createIndex('evidence_event', new TableIndex({ name, columnNames: [...columnNames], where: LIVE_EVENT_WHERE }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of Object.keys(LIVE_EVENT_INDEXES)) await queryRunner.dropIndex('evidence_event', name);
  }
}
