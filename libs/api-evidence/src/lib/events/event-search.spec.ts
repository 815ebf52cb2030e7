import { fixedClock } from '@kem/api-config';
import { AuditTrail, dataSourceOptions, EventEntity, migrate, MIGRATIONS } from '@kem/api-data';
import { createTestDatabase, migrateBefore, TestDatabase, testEngines } from '@kem/api-data/testing';
import { EVENT_TEXT_MIN_LENGTH } from '@kem/contracts';
import { DataSource } from 'typeorm';
import { EventsService } from './events.service';

// Each test migrates a fresh database (seconds on PostgreSQL on a loaded machine).
jest.setTimeout(60_000);

/** Constructed test events, with the characters that mean something to LIKE, FTS5 or SQL. */
const EVENTS: { title: string; summary: string; sourceName: string }[] = [
  { title: 'Tariff "OR" clause debated', summary: 'Quoted words in a title', sourceName: 'Desk A' },
  { title: '50% quota_rule applies', summary: 'Percent and underscore', sourceName: 'Desk B' },
  { title: 'Wildcard * and NEAR(a b) tokens', summary: '-minus ^caret title:colon', sourceName: 'Desk C' },
  { title: 'Pipeline outage', summary: 'nothing special', sourceName: 'Tengri News' },
  { title: "Robert'); DROP TABLE evidence_event;--", summary: 'back\\slash', sourceName: 'Desk D' },
  { title: 'Митинг в Алматы', summary: 'Cyrillic text', sourceName: 'Desk E' },
];

const QUERIES = [
  '"',
  '""',
  '"OR"',
  'or',
  ' OR clause',
  'OR',
  'AND',
  'NOT',
  '*',
  '* and',
  'near(a',
  'NEAR',
  '50%',
  '%',
  '_',
  '50_',
  'quota_',
  '%_r',
  '\\',
  'back\\s',
  "'); DROP",
  '-minus',
  '^caret',
  'title:colon',
  'summary:nothing',
  'Алматы',
  'pipeline',
  'PIPELINE OUT',
  'tengri',
  'outage nothing',
  'desk',
  'zzz',
];

describe.each(testEngines())('event list text search on %s', (engine) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let events: EventsService;

  const store = async (into: DataSource, fields: (typeof EVENTS)[number], i: number) =>
    (
      await into.getRepository(EventEntity).save({
        indicatorKey: 'cpc_pipeline',
        date: `2026-05-0${1 + (i % 9)}`,
        datePrecision: 'day',
        endDate: null,
        ...fields,
        severity: 3,
        stage: null,
        sourceUrl: `https://example.org/search/${i}`,
        confidence: 'high',
        status: 'published',
        origin: 'analyst',
        lifecycle: 'unknown',
        parentId: null,
        recordedAt: '2026-05-10',
        seedRef: null,
        authorId: null,
      })
    ).id;
  const search = async (q: string) => (await events.list({ q, pageSize: 100 }, { seesUnpublished: true })).items.map((e) => e.title).sort();
  /** What the filter means: the text, ignoring case, inside the title, the summary or the source. */
  const expected = (q: string) =>
    EVENTS.filter((e) => [e.title, e.summary, e.sourceName].some((field) => field.toLowerCase().includes(q.trim().toLowerCase())))
      .map((e) => e.title)
      .sort();

  /** Stores the events in the schema before the migration `before` (default: the latest schema). */
  const setUp = async (before?: string) => {
    const ids: number[] = [];
    const seed = async (into: DataSource) => {
      await into.query(
        `INSERT INTO indicator (key, name, category, description, method, default_weight) VALUES ('cpc_pipeline', 'CPC', 'test', '', '{}', 1)`,
      );
      for (const [i, fields] of EVENTS.entries()) ids.push(await store(into, fields, i));
    };
    if (before) await migrateBefore(db.config, before, seed);
    dataSource = await new DataSource(dataSourceOptions(db.config)).initialize();
    await migrate(dataSource);
    if (!before) await seed(dataSource);
    events = new EventsService(dataSource, new AuditTrail(), fixedClock('2026-05-10T09:00:00Z'));
    return ids;
  };

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await dataSource?.destroy();
    await db.drop();
  });

  it('finds the text literally, ignoring case, in the title, summary or source; quotes, wildcards and operators are plain characters', async () => {
    await setUp();
    expect(await search('"OR"')).toEqual(['Tariff "OR" clause debated']);
    expect(await search('50%')).toEqual(['50% quota_rule applies']);
    expect(await search('50_')).toEqual([]);
    expect(await search('outage nothing')).toEqual([]);
    // Shorter texts never reach the search: the query DTO refuses them (see the evidence API spec).
    for (const q of QUERIES.filter((text) => [...text.trim()].length >= EVENT_TEXT_MIN_LENGTH))
      expect({ q, found: await search(q) }).toEqual({ q, found: expected(q) });
  });

  it('follows edits and deletions, and counts the matches beyond the page', async () => {
    const [, , , pipeline] = await setUp();
    await dataSource.getRepository(EventEntity).update({ id: pipeline }, { title: 'Refinery fire', summary: 'still nothing special' });
    expect(await search('outage')).toEqual([]);
    expect(await search('refinery')).toEqual(['Refinery fire']);
    await dataSource.getRepository(EventEntity).softDelete({ id: pipeline });
    expect(await search('refinery')).toEqual([]);
    await dataSource.query(`DELETE FROM evidence_event WHERE id = ${pipeline}`);
    expect(await search('special')).toEqual([]);

    const page = await events.list({ q: 'desk', pageSize: 2, page: 2 }, { seesUnpublished: true });
    expect({ total: page.total, items: page.items.length }).toEqual({ total: 5, items: 2 });
  });

  it('indexes the events stored before the search migration, and reverts it', async () => {
    await setUp('EventSearch1765800000000');
    expect(await search('tengri')).toEqual(['Pipeline outage']);
    const since = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'EventSearch1765800000000')).map((m) => m.name);
    for (let i = 0; i < since.length; i++) await dataSource.undoLastMigration();
    expect(await migrate(dataSource)).toEqual(since);
    expect(await search('quota_')).toEqual(['50% quota_rule applies']);
  });
});
