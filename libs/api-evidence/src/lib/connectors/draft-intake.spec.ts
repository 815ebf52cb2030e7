import { DraftEventRecord } from '@kem/api-connectors';
import { EventEntity, IntakeDuplicateEntity, IntakeSuggestionEntity } from '@kem/api-data';
import { createMigratedTestDatabase, MigratedTestDatabase, testEngines } from '@kem/api-data/testing';
import { DataSource } from 'typeorm';
import { storeConnectorBatch } from './connector-batch-store';

/**
 * Intake wired into the connector store, on a real database. Headlines are those of the
 * constructed Eurasianet and Azattyq fixtures (libs/api-connectors/src/fixtures/rss), illustrative.
 */
const RECORDED_ON = '2026-05-08';

// Each test migrates a fresh database (seconds on PostgreSQL on a loaded machine).
jest.setTimeout(60_000);

const item = (title: string, sourceUrl: string, date: string, extra: Partial<DraftEventRecord> = {}): DraftEventRecord => ({
  indicatorKey: 'cpc_pipeline',
  date,
  title,
  summary: '',
  sourceName: 'Eurasianet – Kazakhstan',
  sourceUrl,
  matchedKeywords: [],
  ...extra,
});

const CPC_HALTED = item(
  'Kazakhstan: Drone strike halts oil loadings at CPC terminal near Novorossiysk',
  'https://eurasianet.org/kazakhstan-drone-strike-halts-oil-loadings-at-cpc-terminal',
  '2026-05-03',
  { summary: 'The Caspian Pipeline Consortium said one of its three single-point moorings was damaged and loadings were suspended.' },
);
const CPC_RESUMES = item(
  'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack',
  'https://eurasianet.org/kazakhstan-cpc-resumes-loadings-at-novorossiysk',
  '2026-05-04',
  { summary: 'The Caspian Pipeline Consortium said two of its three single-point moorings were back in service.' },
);
const FOREIGN_AGENTS = item(
  'Kazakhstan: Parliament moves foreign agent bill to second reading',
  'https://eurasianet.org/kazakhstan-parliament-moves-foreign-agent-bill',
  '2026-05-05',
  {
    indicatorKey: 'foreign_agent',
    summary: 'The Mazhilis voted 71–12 to advance a bill that would oblige NGOs to register as foreign agents.',
  },
);

describe.each(testEngines())('connector drafts through intake on %s', (engine) => {
  let db: MigratedTestDatabase;
  let dataSource: DataSource;

  const store = (draftEvents: DraftEventRecord[]) =>
    dataSource.transaction((manager) => storeConnectorBatch(manager, 'rss', { observations: [], draftEvents, warnings: [] }, RECORDED_ON));
  const drafts = () => dataSource.getRepository(EventEntity).find({ where: { status: 'draft' }, order: { id: 'ASC' } });
  const suggestionOf = (eventId: number) => dataSource.getRepository(IntakeSuggestionEntity).findOneByOrFail({ eventId });
  const copies = () => dataSource.getRepository(IntakeDuplicateEntity).find({ order: { id: 'ASC' } });
  const publish = async (title: string, date: string, extra: Partial<EventEntity> = {}) =>
    (
      await dataSource.getRepository(EventEntity).save({
        indicatorKey: 'cpc_pipeline',
        date,
        datePrecision: 'day',
        endDate: null,
        title,
        summary: title,
        severity: 4,
        stage: null,
        sourceName: 'Test desk',
        sourceUrl: `https://example.org/${encodeURIComponent(title)}`,
        confidence: 'high',
        status: 'published',
        origin: 'analyst',
        lifecycle: 'unknown',
        parentId: null,
        recordedAt: date,
        seedRef: null,
        authorId: null,
        ...extra,
      })
    ).id;

  beforeEach(async () => {
    db = await createMigratedTestDatabase(engine);
    dataSource = db.dataSource;
    for (const key of ['cpc_pipeline', 'foreign_agent', 'internal_unrest']) {
      await dataSource.query(
        `INSERT INTO indicator (key, name, category, description, method, default_weight) VALUES ('${key}', '${key}', 'test', '', '{}', 1)`,
      );
    }
  });

  afterEach(() => db?.drop());

  it('stores each item as a draft carrying its suggested indicator and severity, with the reasons in words', async () => {
    const counts = await store([CPC_HALTED, CPC_RESUMES, FOREIGN_AGENTS]);

    expect(counts.draftsAdded).toBe(3);
    const [halted, resumes, agents] = await drafts();
    expect(halted).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 4, status: 'draft', recordedAt: RECORDED_ON });
    expect(resumes).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 1 });
    expect(agents).toMatchObject({ indicatorKey: 'foreign_agent', severity: 2 });
    const suggestion = await suggestionOf(halted.id);
    expect(suggestion).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 4, severityGuessed: false, parentId: null, decision: null });
    expect(suggestion.reasons.join('\n')).toContain('"Caspian Pipeline" in the summary');
    expect(suggestion.reasons.join('\n')).toContain('"CPC" in the title');
    expect(suggestion.reasons.join('\n')).toContain(
      'severity 4 from "halts", "suspended", "drone strike" (lower cues also present: "damaged")',
    );
    expect(suggestion.reasons.join('\n')).toContain('source weight 1: regional newsroom, original reporting');
    // The recovery in the title outweighs the attack it recovers from, and the reason says so.
    expect((await suggestionOf(resumes.id)).reasons.join('\n')).toContain(
      'severity 1 from "resumes" in the title, lowered from 4 ("drone attack"): the title reports a recovery',
    );
  });

  it('keeps one draft of a story two feeds carry, recording the other copy and why, and brings neither back on the next sync', async () => {
    const mirror = item(`${CPC_RESUMES.title} - Reuters`, 'https://www.reuters.com/world/cpc-resumes-loadings', '2026-05-04', {
      sourceName: 'Reuters',
    });

    const first = await store([CPC_RESUMES, mirror]);

    expect(first.draftsAdded).toBe(1);
    const [draft] = await drafts();
    expect(await copies()).toEqual([
      expect.objectContaining({ eventId: draft.id, sourceName: 'Reuters', sourceUrl: mirror.sourceUrl, kind: 'title', similarity: 1 }),
    ]);
    expect(first.skipped).toEqual([
      expect.stringMatching(/^".*" \(Reuters\) merged into event \d+: title shares 7 word\(s\) with "Kazakhstan: CPC/),
    ]);

    const again = await store([CPC_RESUMES, mirror]);
    expect(again).toMatchObject({ draftsAdded: 0, skipped: [] });
    expect(await copies()).toHaveLength(1);
  });

  it('merges an item into a stored event of the same story (URL or headline), even a rejected one, instead of a new draft', async () => {
    const published = await publish(CPC_RESUMES.title, '2026-05-04', { sourceUrl: `${CPC_RESUMES.sourceUrl}/?utm_source=x` });
    const rejected = await publish(FOREIGN_AGENTS.title.toUpperCase(), '2026-05-06', { indicatorKey: 'foreign_agent', status: 'rejected' });

    const counts = await store([CPC_RESUMES, FOREIGN_AGENTS]);

    expect(counts.draftsAdded).toBe(0);
    expect((await copies()).map((c) => [c.eventId, c.kind, c.reason])).toEqual([
      [published, 'url', `same canonical URL as event ${published}`],
      [rejected, 'title', expect.stringContaining(`with event ${rejected}`)],
    ]);
  });

  it('suggests the family of a published event of the same indicator (its root), never of a draft', async () => {
    const root = await publish('Drone attack damages CPC mooring at Novorossiysk terminal', '2026-04-20');
    const followUp = await publish('CPC mooring at Novorossiysk out of service after drone attack', '2026-04-22', {
      parentId: root,
      severity: 2,
    });
    // A draft more alike than either (similarity 0.63), but unpublished, and too early to be the same story.
    await store([item('CPC loadings at Novorossiysk halted by drone attack', 'https://eurasianet.org/draft-first', '2026-04-28')]);
    const [unpublished] = await drafts();

    await store([CPC_RESUMES]);

    const latest = (await drafts()).at(-1) as EventEntity;
    const suggestion = await suggestionOf(latest.id);
    expect(suggestion.parentId).toBe(root);
    expect(suggestion.parentId).not.toBe(unpublished.id);
    expect(suggestion.reasons.join('\n')).toMatch(
      new RegExp(`family of event ${root}: same indicator as event ${followUp} \\(a follow-up of ${root}\\)`),
    );
  });
});
