import { fixture, FixtureServer } from '@kem/api-connectors/testing';
import { ConnectorSyncService } from '@kem/api-evidence';
import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, AuditEntryView, EventView, TriagePage, TriageResult } from '@kem/contracts';
import request from 'supertest';
import { fixtureConnectors } from '../testing/fixture-connectors';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/**
 * Triage through the API, on drafts an RSS sync stored through intake. The feeds are the
 * constructed Eurasianet and Azattyq fixtures (illustrative headlines, May 2026), plus a mirror
 * that republishes the Eurasianet items under other URLs: intake keeps one draft per story.
 */
const TODAY = '2026-05-08';
const MIRROR = 'https://mirror.example.org/eurasianet/';

// Each test app migrates and seeds a fresh database; on PostgreSQL on a loaded machine that takes a while.
jest.setTimeout(120_000);

describe.each(testEngines())('triage API on %s', (engine) => {
  const feeds = FixtureServer.forSuite();
  let analyst: string;
  let viewer: string;
  let admin: string;

  beforeAll(async () => {
    feeds.reset(({ path }) => {
      if (path === '/eurasianet') return { fixture: 'rss/eurasianet-kazakhstan.xml' };
      if (path === '/azattyq') return { fixture: 'rss/azattyq-rus.xml' };
      if (path === '/mirror') {
        const body = fixture('rss/eurasianet-kazakhstan.xml')
          .replaceAll('https://eurasianet.org/', MIRROR)
          .replace('Kazakhstan | Eurasianet', 'Mirror');
        return { body, headers: { 'Content-Type': 'application/rss+xml' } };
      }
      return { status: 404 };
    });
  });

  const api = useTestApp(engine, {
    perSuite: true,
    env: { KEM_NOW: `${TODAY}T12:00:00Z` },
    atStart: () => ({
      overrides: [
        fixtureConnectors({
          rss: {
            feeds: [
              { name: 'Eurasianet – Kazakhstan', url: `${feeds.baseUrl}/eurasianet`, relevanceKeywords: null },
              { name: 'Azattyq (Russian)', url: `${feeds.baseUrl}/azattyq`, relevanceKeywords: null },
              { name: 'Central Asia mirror', url: `${feeds.baseUrl}/mirror`, relevanceKeywords: null },
            ],
            minIntervalMs: 0,
          },
        }),
      ],
    }),
  });
  const { http } = api;

  const queue = async () => ((await http().get(API_ROUTES.triage).set(bearer(analyst)).expect(200)).body as TriagePage).items;
  const draftTitled = async (start: string) => {
    const found = (await queue()).find((item) => item.event.title.startsWith(start));
    if (!found) throw new Error(`no draft titled "${start}…"`);
    return found;
  };
  const eventById = async (id: number) => (await http().get(API_ROUTES.event(id)).set(bearer(analyst)).expect(200)).body as EventView;
  const auditOf = async (id: number) =>
    (
      (await http().get(`${API_ROUTES.audit}?entityType=event&entityId=${id}`).set(bearer(admin)).expect(200)).body
        .items as AuditEntryView[]
    ).map((e) => e.action);

  /** Sends a bad request and checks it changed neither the draft nor its audit trail. */
  const refused = async (id: number, send: () => request.Test, status: number, message: RegExp) => {
    const before = await eventById(id);
    const auditBefore = await auditOf(id);
    const response = await send().expect(status);
    expect(response.body.message).toMatch(message);
    expect(await eventById(id)).toEqual(before);
    expect(await auditOf(id)).toEqual(auditBefore);
    return response.body;
  };

  beforeAll(async () => {
    admin = await tokenFor(api.app, 'admin');
    analyst = await tokenFor(api.app, 'analyst');
    viewer = await tokenFor(api.app, 'viewer');
    await http().post(API_ROUTES.connectorSync('rss')).set(bearer(admin)).expect(202);
    await api.app.get(ConnectorSyncService).settled();
  });

  it('lists each draft once with its suggestion, the reasons, and the copies from the mirror merged into it', async () => {
    const items = await queue();
    expect(items.map((i) => [i.event.date, i.event.indicatorKey, i.event.title])).toEqual([
      ['2026-05-03', 'cpc_pipeline', 'Kazakhstan: Drone strike halts oil loadings at CPC terminal near Novorossiysk'],
      ['2026-05-03', 'cpc_pipeline', 'КТК сократил отгрузки нефти'],
      ['2026-05-04', 'cpc_pipeline', 'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack'],
      ['2026-05-04', 'csto_military', 'Токаев: ОДКБ не будет участвовать в подавлении протестов'],
      ['2026-05-05', 'foreign_agent', 'Kazakhstan: Parliament moves foreign agent bill to second reading'],
      ['2026-05-05', 'internal_unrest', 'В Алматы прошёл митинг против повышения тарифов'],
      ['2026-05-06', 'foreign_agent', 'Мажилис одобрил законопроект об «иностранных агентах»'],
      ['2026-05-07', 'internal_unrest', 'Kazakhstan: Oil workers rally in Zhanaozen over wages'],
    ]);
    const [strike, , resumes] = items;
    expect(strike.suggestion).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 4, severityGuessed: false, parentId: null });
    expect(strike.suggestion?.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^indicator cpc_pipeline \(score 11\): "Caspian Pipeline" in the summary \(\+3\); "CPC" in the title \(\+3\)/,
        ),
        'severity 4 from "halts", "suspended", "drone strike" (lower cues also present: "damaged")',
        expect.stringMatching(/^source weight 1: regional newsroom, original reporting; confidence (high|medium)$/),
      ]),
    );
    expect(strike.duplicates).toEqual([
      expect.objectContaining({
        sourceName: 'Central Asia mirror',
        sourceUrl: `${MIRROR}kazakhstan-drone-strike-halts-oil-loadings-at-cpc-terminal`,
        kind: 'title',
        similarity: 1,
      }),
    ]);
    // The report of the recovery a day later is rated by its recovery, not by the attack it names.
    expect(resumes.suggestion).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 1, severityGuessed: false });
    expect(resumes.suggestion?.reasons).toContain(
      'severity 1 from "resumes" in the title, lowered from 4 ("drone attack"): the title reports a recovery, so the stronger cue names what it recovers from, not a new event',
    );
    // Every mirror item that became news was merged, none is a draft of its own.
    expect(items.flatMap((i) => i.duplicates).map((d) => d.sourceName)).toEqual(Array(4).fill('Central Asia mirror'));
    const status = (await http().get(API_ROUTES.connector('rss')).set(bearer(admin)).expect(200)).body;
    expect(status.lastRun).toMatchObject({ draftsAdded: 8 });
    expect(status.lastRun.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/\(Central Asia mirror\) merged into event \d+/)]),
    );
  });

  it('is for analysts: viewers get 403, anonymous callers 401', async () => {
    await http().get(API_ROUTES.triage).set(bearer(viewer)).expect(403);
    await http().get(API_ROUTES.triage).expect(401);
    const [first] = await queue();
    await refused(first.event.id, () => http().post(API_ROUTES.triageAccept(first.event.id)).set(bearer(viewer)), 403, /analyst/i);
  });

  it('accept publishes the draft as suggested, audited, and takes it off the queue', async () => {
    const draft = await draftTitled('Kazakhstan: Oil workers rally');
    const id = draft.event.id;
    const result = (await http().post(API_ROUTES.triageAccept(id)).set(bearer(analyst)).expect(200)).body as TriageResult;

    expect(result).toMatchObject({ decision: 'accepted', notes: [] });
    expect(result.event).toMatchObject({
      id,
      status: 'published',
      indicatorKey: draft.suggestion?.indicatorKey,
      severity: draft.suggestion?.severity,
      parentId: null,
    });
    expect(await auditOf(id)).toEqual(expect.arrayContaining(['event.update', 'event.accept']));
    expect((await queue()).some((i) => i.event.id === id)).toBe(false);
    const published = await http().get(`${API_ROUTES.events}?indicator=internal_unrest&from=2026-05-07`).expect(200);
    expect(published.body.items.map((e: EventView) => e.id)).toContain(id);

    await refused(id, () => http().post(API_ROUTES.triageAccept(id)).set(bearer(analyst)), 409, /is published, not a draft/);
    await http().post(API_ROUTES.triageAccept(999_999)).set(bearer(analyst)).expect(404);
  });

  it('correct publishes with the analyst’s severity and keeps the rest of the suggestion; bad corrections change nothing', async () => {
    const draft = await draftTitled('Kazakhstan: Parliament moves foreign agent bill');
    const id = draft.event.id;
    const correct = (body: object) => () => http().post(API_ROUTES.triageCorrect(id)).set(bearer(analyst)).send(body);

    await refused(id, correct({}), 400, /Send at least one of indicatorKey, severity and parentId/);
    const unknown = await refused(id, correct({ indicatorKey: 'moon_landing' }), 400, /indicatorKey: unknown indicator "moon_landing"/);
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'indicatorKey' })]);
    await refused(id, correct({ severity: 9 }), 400, /severity/);
    await refused(id, correct({ severity: 3, colour: 'red' }), 400, /colour/);
    await refused(id, correct({ parentId: 999_999 }), 400, /parentId: there is no event 999999/);

    const result = (await correct({ severity: 3 })().expect(200)).body as TriageResult;
    expect(result.decision).toBe('corrected');
    expect(result.event).toMatchObject({ status: 'published', indicatorKey: 'foreign_agent', severity: 3, parentId: null });
    expect(await auditOf(id)).toEqual(expect.arrayContaining(['event.correct']));
  });

  it('merge links a draft as a follow-up of a published family root; bad parents change nothing', async () => {
    const parent = (await http().get(`${API_ROUTES.events}?indicator=foreign_agent&from=2026-05-05&to=2026-05-05`).expect(200)).body
      .items[0] as EventView;
    expect(parent).toMatchObject({ status: 'published', severity: 3 });
    const draft = await draftTitled('Мажилис одобрил законопроект');
    const id = draft.event.id;
    expect(draft.familyCandidates.map((c) => c.id)).toContain(parent.id);
    const merge = (body: object) => () => http().post(API_ROUTES.triageMerge(id)).set(bearer(analyst)).send(body);
    const otherDraft = await draftTitled('В Алматы прошёл митинг');
    const later = (await http().get(`${API_ROUTES.events}?indicator=internal_unrest&from=2026-05-07&to=2026-05-07`).expect(200)).body
      .items[0] as EventView;

    await refused(id, merge({}), 400, /parentId/);
    await refused(id, merge({ parentId: 'first' }), 400, /parentId must be a whole number/);
    await refused(
      id,
      merge({ parentId: otherDraft.event.id }),
      400,
      new RegExp(`event ${otherDraft.event.id} is draft; merge into a published event`),
    );
    await refused(id, merge({ parentId: later.id }), 400, /a follow-up cannot come before the event it follows up/);

    const result = (await merge({ parentId: parent.id })().expect(200)).body as TriageResult;
    expect(result).toMatchObject({ decision: 'merged', notes: [] });
    expect(result.event).toMatchObject({
      status: 'published',
      parentId: parent.id,
      indicatorKey: 'foreign_agent',
      severity: 2,
      lifecycle: 'ended',
    });

    // Families are one level deep: the follow-up cannot be a parent.
    const next = await draftTitled('Токаев: ОДКБ');
    await refused(
      next.event.id,
      () => http().post(API_ROUTES.triageMerge(next.event.id)).set(bearer(analyst)).send({ parentId: id }),
      400,
      new RegExp(`event ${id} is itself a follow-up of event ${parent.id}; merge into ${parent.id}`),
    );
  });

  it('merge into a weaker family lowers the severity to the family’s strongest and takes its indicator, saying so', async () => {
    const draft = await draftTitled('Kazakhstan: Drone strike halts oil loadings');
    expect(draft.event.severity).toBe(4);
    const tankers = (await http().get(`${API_ROUTES.events}?indicator=cpc_pipeline&from=2026-01-13&to=2026-01-13`).expect(200)).body
      .items[0] as EventView;
    expect(tankers).toMatchObject({ parentId: null, severity: 3, status: 'published' });

    const result = (
      await http().post(API_ROUTES.triageMerge(draft.event.id)).set(bearer(analyst)).send({ parentId: tankers.id }).expect(200)
    ).body as TriageResult;

    expect(result.event).toMatchObject({ severity: 3, parentId: tankers.id });
    expect(result.notes).toEqual(["severity lowered from 4 to 3, the family's strongest by 2026-05-03, so the follow-up adds no impact"]);
  });

  it('reject needs a reason in words, and keeps it in the audit trail', async () => {
    const draft = await draftTitled('Токаев: ОДКБ');
    const id = draft.event.id;
    const reject = (body: object) => () => http().post(API_ROUTES.triageReject(id)).set(bearer(analyst)).send(body);

    await refused(id, reject({}), 400, /reason/);
    await refused(id, reject({ reason: '   ' }), 400, /reason must say why in at least 3 letters/);

    const reason = 'A statement that the CSTO will stay out: no military activity';
    const result = (await reject({ reason: `  ${reason} ` })().expect(200)).body as TriageResult;
    expect(result.event.status).toBe('rejected');
    const audit = (await http().get(`${API_ROUTES.audit}?action=event.reject&entityId=${id}`).set(bearer(admin)).expect(200)).body
      .items as AuditEntryView[];
    expect(audit).toEqual([expect.objectContaining({ after: expect.objectContaining({ decision: 'rejected', reason }) })]);
    // Rejected stays rejected: a second sync does not bring the item back.
    await http().post(API_ROUTES.connectorSync('rss')).set(bearer(admin)).expect(202);
    await api.app.get(ConnectorSyncService).settled();
    expect((await queue()).map((i) => i.event.title)).toEqual([
      'КТК сократил отгрузки нефти',
      'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack',
      'В Алматы прошёл митинг против повышения тарифов',
    ]);
  });
});
