import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, EventView } from '@kem/contracts';
import { DataSource } from 'typeorm';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

const newEvent = {
  indicatorKey: 'cpc_pipeline',
  date: '2025-02-17',
  endDate: '2025-03-20',
  title: 'Drone strike damages Kropotkinskaya pumping station',
  summary: 'A drone strike cut CPC throughput by about a third for several weeks.',
  severity: 4,
  sourceName: 'Reuters',
  sourceUrl: 'https://www.reuters.com/business/energy/cpc-kropotkinskaya-2025-02-17/',
  confidence: 'high',
};

describe.each(testEngines())('evidence API on %s', (engine) => {
  const api = useTestApp(engine);
  const { http } = api;

  it('ships the curated history, every event with a source, filterable and paginated', async () => {
    const all = await http().get(`${API_ROUTES.events}?pageSize=500`).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(150);
    expect(all.body.items.every((e: EventView) => e.status === 'published' && /^https?:\/\//.test(e.sourceUrl))).toBe(true);
    const dates = all.body.items.map((e: EventView) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());

    const oldest = await http().get(`${API_ROUTES.events}?sort=asc&pageSize=3`).expect(200);
    expect(oldest.body.items.map((e: EventView) => e.date)).toEqual([...dates].reverse().slice(0, 3));

    const page2 = await http().get(`${API_ROUTES.events}?pageSize=10&page=2`).expect(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 10, total: all.body.total });
    expect(page2.body.items.map((e: EventView) => e.id)).toEqual(all.body.items.slice(10, 20).map((e: EventView) => e.id));

    const csto = await http().get(`${API_ROUTES.events}?indicator=csto_military&from=2022-01-01&to=2022-01-31`).expect(200);
    expect(csto.body.total).toBeGreaterThan(0);
    for (const e of csto.body.items) {
      expect(e.indicatorKey).toBe('csto_military');
      expect(e.date <= '2022-01-31' && (e.endDate ?? e.date) >= '2022-01-01').toBe(true);
    }
    // The structural series behind the baselines are seeded as observations.
    const fh = await http().get(`${API_ROUTES.observations}?series=fh_civil_liberties&pageSize=100`).expect(200);
    expect(fh.body.items.length).toBe(13);
    expect(fh.body.items.every((o: { indicatorKey: string }) => o.indicatorKey === 'civil_liberties')).toBe(true);
    const text = await http().get(`${API_ROUTES.events}?q=CSTO`).expect(200);
    expect(text.body.items.every((e: EventView) => /csto/i.test(`${e.title} ${e.summary} ${e.sourceName}`))).toBe(true);
  });

  it('rejects bad queries naming the parameter', async () => {
    const res = await http().get(`${API_ROUTES.events}?from=2022-02-30&pageSize=0&sort=x&colour=red`).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'from', 'pageSize', 'sort']);
  });

  it('lets analysts add, edit and delete events, with an audit trail; viewers and anonymous callers may not', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const viewer = await tokenFor(api.app, 'viewer');
    await http().post(API_ROUTES.events).send(newEvent).expect(401);
    await http().post(API_ROUTES.events).set(bearer(viewer)).send(newEvent).expect(403);

    const created = await http().post(API_ROUTES.events).set(bearer(analyst)).send(newEvent).expect(201);
    expect(created.body).toMatchObject({ ...newEvent, status: 'published', origin: 'analyst', stage: null, datePrecision: 'day' });
    // Authors appear by display name or role, never by e-mail address (issue 10).
    expect(created.body.author).toBe('Analyst');

    const edited = await http().patch(API_ROUTES.event(created.body.id)).set(bearer(analyst)).send({ severity: 5 }).expect(200);
    expect(edited.body.severity).toBe(5);
    await http().patch(API_ROUTES.event(created.body.id)).set(bearer(viewer)).send({ severity: 1 }).expect(403);

    await http().delete(API_ROUTES.event(created.body.id)).set(bearer(analyst)).expect(204);
    await http().get(API_ROUTES.event(created.body.id)).expect(404);

    const audit = await api.app
      .get(DataSource)
      .query(`SELECT action, before, after FROM audit_entry WHERE entity_type = 'event' AND entity_id = '${created.body.id}' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['event.create', 'event.update', 'event.delete']);
    expect(JSON.parse(audit[1].before).severity).toBe(4);
    expect(JSON.parse(audit[1].after).severity).toBe(5);
  });

  it('explains every invalid field and stores nothing', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const before = (await http().get(API_ROUTES.events).expect(200)).body.total;
    const bad = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send({ ...newEvent, severity: 7, sourceUrl: 'javascript:alert(1)', date: '2025-02-30', admin: true })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['admin', 'date', 'severity', 'sourceUrl']);

    const rules = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send({ ...newEvent, indicatorKey: 'weather', endDate: '2025-01-01' })
      .expect(400);
    expect(rules.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endDate', 'indicatorKey']);

    const stage = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send({ ...newEvent, stage: 'adopted' })
      .expect(400);
    expect(stage.body.errors[0]).toMatchObject({ field: 'stage' });

    await http().post(API_ROUTES.events).set(bearer(analyst)).set('Content-Type', 'application/json').send('{"title": "x",').expect(400);
    expect((await http().get(API_ROUTES.events).expect(200)).body.total).toBe(before);
  });

  it('stores hostile text verbatim and harmlessly', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const hostile = { ...newEvent, title: `Robert'); DROP TABLE evidence_event;-- <script>alert(1)</script>` };
    const created = await http().post(API_ROUTES.events).set(bearer(analyst)).send(hostile).expect(201);
    expect((await http().get(API_ROUTES.event(created.body.id)).expect(200)).body.title).toBe(hostile.title);
    const found = await http()
      .get(`${API_ROUTES.events}?q=${encodeURIComponent("'); DROP")}`)
      .expect(200);
    expect(found.body.items.map((e: EventView) => e.id)).toEqual([created.body.id]);
    // % and _ are searched for literally, not as SQL wildcards.
    const all = (await http().get(API_ROUTES.events).expect(200)).body.total;
    const percent = await http()
      .get(`${API_ROUTES.events}?q=${encodeURIComponent('15%')}&pageSize=500`)
      .expect(200);
    expect(percent.body.total).toBeGreaterThan(0);
    expect(percent.body.total).toBeLessThan(all);
    expect(percent.body.items.every((e: EventView) => `${e.title} ${e.summary} ${e.sourceName}`.includes('15%'))).toBe(true);
    expect(
      (
        await http()
          .get(`${API_ROUTES.events}?q=${encodeURIComponent('15_')}`)
          .expect(200)
      ).body.total,
    ).toBe(0);
  });

  it('refuses a search text under three characters, naming the rule; a blank one is no filter', async () => {
    const refused = await http()
      .get(`${API_ROUTES.events}?q=${encodeURIComponent(' EU ')}`)
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('q must be blank or at least 3 characters');
    const all = (await http().get(API_ROUTES.events).expect(200)).body.total;
    expect(
      (
        await http()
          .get(`${API_ROUTES.events}?q=${encodeURIComponent('  ')}`)
          .expect(200)
      ).body.total,
    ).toBe(all);
  });

  it('keeps drafts away from anonymous readers and viewers until an analyst publishes them', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const viewer = await tokenFor(api.app, 'viewer');
    const draft = await api.created(API_ROUTES.events, analyst, { ...newEvent, status: 'draft' });

    await http().get(API_ROUTES.event(draft.id)).expect(404);
    await http().get(`${API_ROUTES.events}?status=draft`).set(bearer(viewer)).expect(403);
    const anonymous = await http().get(`${API_ROUTES.events}?pageSize=500`).expect(200);
    expect(anonymous.body.items.some((e: EventView) => e.id === draft.id)).toBe(false);
    const queue = await http().get(`${API_ROUTES.events}?status=draft`).set(bearer(analyst)).expect(200);
    expect(queue.body.items.map((e: EventView) => e.id)).toEqual([draft.id]);

    await http().patch(API_ROUTES.event(draft.id)).set(bearer(analyst)).send({ status: 'published' }).expect(200);
    await http().get(API_ROUTES.event(draft.id)).expect(200);
  });

  it('never brings back a curated event an analyst deleted, nor overwrites an edit', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const [first, second] = (await http().get(`${API_ROUTES.events}?pageSize=2`).expect(200)).body.items;
    await http().delete(API_ROUTES.event(first.id)).set(bearer(analyst)).expect(204);
    await http().patch(API_ROUTES.event(second.id)).set(bearer(analyst)).send({ title: 'Retitled by an analyst' }).expect(200);
    const total = (await http().get(API_ROUTES.events).expect(200)).body.total;

    await api.restart();
    expect((await http().get(API_ROUTES.events).expect(200)).body.total).toBe(total);
    await http().get(API_ROUTES.event(first.id)).expect(404);
    expect((await http().get(API_ROUTES.event(second.id)).expect(200)).body.title).toBe('Retitled by an analyst');
  });

  it('stores lifecycle, family and recorded day of the curated history, and fills them once on a version-1 database', async () => {
    const query = (sql: string) => api.app.get(DataSource).query(sql);
    const row = async (ref: string) =>
      (
        await query(
          `SELECT id, lifecycle, parent_id AS "parentId", recorded_at AS "recordedAt" FROM evidence_event WHERE seed_ref = '${ref}'`,
        )
      )[0];
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
    const root = await row('2022-01-02-lpg-protests-zhanaozen');
    expect(await row('2022-01-15-unrest-toll-225')).toMatchObject({ parentId: root.id, lifecycle: 'ended' });
    expect((await row('2025-11-29-cpc-spm2-naval-drone-attack')).lifecycle).toBe('ongoing');
    expect(day((await row('2022-06-17-tokayev-refuses-dpr-lpr')).recordedAt)).toBe('2022-06-18');
    expect(day((await row('2014-08-29-putin-no-statehood')).recordedAt)).toBe('2014-08-29');

    // As the v2 migration leaves a database seeded by version 1; one event edited by an analyst.
    const analyst = await tokenFor(api.app, 'analyst');
    const edited = await row('2022-03-14-unrest-toll-230');
    await http().patch(API_ROUTES.event(edited.id)).set(bearer(analyst)).send({ title: 'Toll revised by an analyst' }).expect(200);
    await query(`UPDATE evidence_event SET lifecycle = 'unknown', parent_id = NULL, recorded_at = date`);
    await api.restart();
    expect(await row('2022-01-15-unrest-toll-225')).toMatchObject({ parentId: root.id, lifecycle: 'ended' });
    expect((await row('2025-11-29-cpc-spm2-naval-drone-attack')).lifecycle).toBe('ongoing');
    expect(await row('2022-03-14-unrest-toll-230')).toMatchObject({ parentId: null, lifecycle: 'unknown' });
  });

  it('manages observations, one per series and date', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const observation = {
      indicatorKey: 'trade_russia',
      series: 'russia_trade_share_test',
      date: '2024-12-31',
      value: 21.5,
      unit: '%',
      sourceName: 'Bureau of National Statistics',
      sourceUrl: 'https://stat.gov.kz/',
      confidence: 'high',
    };
    await http().post(API_ROUTES.observations).send(observation).expect(401);
    const created = await http().post(API_ROUTES.observations).set(bearer(analyst)).send(observation).expect(201);
    expect(created.body).toMatchObject({ ...observation, note: null, origin: 'analyst' });
    const clash = await http()
      .post(API_ROUTES.observations)
      .set(bearer(analyst))
      .send({ ...observation, value: 30 })
      .expect(409);
    expect(clash.body.errors[0].field).toBe('date');
    await http()
      .post(API_ROUTES.observations)
      .set(bearer(analyst))
      .send({ ...observation, value: 'NaN' })
      .expect(400);
    await http()
      .post(API_ROUTES.observations)
      .set(bearer(analyst))
      .send({ ...observation, indicatorKey: 'weather' })
      .expect(400);

    const listed = await http().get(`${API_ROUTES.observations}?series=russia_trade_share_test`).expect(200);
    expect(listed.body.items.map((o: { value: number }) => o.value)).toEqual([21.5]);

    await http().delete(API_ROUTES.observation(created.body.id)).set(bearer(analyst)).expect(204);
    const again = await http()
      .post(API_ROUTES.observations)
      .set(bearer(analyst))
      .send({ ...observation, value: 22 })
      .expect(201);
    expect(again.body.value).toBe(22);
  });
});
