import { MigrationInterface, QueryRunner } from 'typeorm';

/** SQLite: the full-text table of the event list's text search, and the triggers that keep it in step. */
export const EVENT_SEARCH_TABLE = 'evidence_event_search';
/** PostgreSQL: the trigram index of the same search (the expression the event list's filter repeats). */
export const EVENT_SEARCH_INDEX = 'IDX_evidence_event_search';
export const EVENT_SEARCH_EXPRESSION = `LOWER(title || ' ' || summary || ' ' || source_name)`;

const COLUMNS = 'title, summary, source_name';
const TRIGGERS = ['insert', 'delete', 'update'].map((on) => `${EVENT_SEARCH_TABLE}_${on}`);

/**
 * Event list text search at scale (issue 12, item 6): a substring filter over title, summary and
 * source scanned all 100,000 events twice per page (its ids and its count). Trigram indexes find
 * the candidates instead: on SQLite an FTS5 table with the trigram tokenizer over the event table's
 * own columns (external content, so the text is stored once) kept in step by triggers; on
 * PostgreSQL a pg_trgm GIN index of the three fields joined, which the filter checks field by field.
 *
 * On SQLite, a later migration that rebuilds evidence_event (TypeORM does for most column changes)
 * drops these triggers with the old table: it must create them again and rebuild the search table.
 */
export class EventSearch1765800000000 implements MigrationInterface {
  name = 'EventSearch1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      const schema = await trigramSchema(queryRunner);
      await queryRunner.query(
        `CREATE INDEX "${EVENT_SEARCH_INDEX}" ON evidence_event USING gin ((${EVENT_SEARCH_EXPRESSION}) "${schema}".gin_trgm_ops)`,
      );
      return;
    }
    const [insert, remove, update] = TRIGGERS;
    const add = `INSERT INTO ${EVENT_SEARCH_TABLE} (rowid, ${COLUMNS}) VALUES (new.id, new.title, new.summary, new.source_name);`;
    const drop = `INSERT INTO ${EVENT_SEARCH_TABLE} (${EVENT_SEARCH_TABLE}, rowid, ${COLUMNS}) VALUES ('delete', old.id, old.title, old.summary, old.source_name);`;
    await queryRunner.query(
      `CREATE VIRTUAL TABLE ${EVENT_SEARCH_TABLE} USING fts5(${COLUMNS}, content='evidence_event', content_rowid='id', tokenize='trigram')`,
    );
    await queryRunner.query(`CREATE TRIGGER ${insert} AFTER INSERT ON evidence_event BEGIN ${add} END`);
    await queryRunner.query(`CREATE TRIGGER ${remove} AFTER DELETE ON evidence_event BEGIN ${drop} END`);
    await queryRunner.query(`CREATE TRIGGER ${update} AFTER UPDATE OF ${COLUMNS} ON evidence_event BEGIN ${drop} ${add} END`);
    await queryRunner.query(`INSERT INTO ${EVENT_SEARCH_TABLE} (${EVENT_SEARCH_TABLE}) VALUES ('rebuild')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      // The extension stays: other objects of the database may use it.
      await queryRunner.query(`DROP INDEX "${EVENT_SEARCH_INDEX}"`);
      return;
    }
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${trigger}`);
    await queryRunner.query(`DROP TABLE ${EVENT_SEARCH_TABLE}`);
  }
}

/**
 * The schema of pg_trgm, installed in `public` when the database does not have it yet: the
 * extension is one per database, for all its schemas, so it is kept out of any schema that may be
 * dropped with its tables (as the tests drop theirs).
 */
async function trigramSchema(queryRunner: QueryRunner): Promise<string> {
  const installed = `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`;
  const [row] = (await queryRunner.query(installed)) as { schema: string }[];
  if (row) return row.schema;
  await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  return 'public';
}
