import { IndexBuilder } from '@kem/api-index';
import { testEngines } from '@kem/api-data/testing';
import {
  API_ROUTES,
  EventView,
  EvidenceHealthView,
  IndexExplanationView,
  IndexSeriesView,
  IndicatorReviewView,
  IndicatorSeriesView,
  LatestIndexView,
  MethodologyView,
  ScoreHistoryView,
} from '@kem/contracts';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/**
 * Methodology version 2 through the API, as a user notices it: the curated history ends in May
 * 2026 and today is 2026-12-03, so most indicators are stale — flagged, never silently decayed.
 */
const TODAY = '2026-12-03';

const event = (patch: Record<string, unknown>) => ({
  title: 'Test event entered by an analyst',
  summary: 'Entered by the methodology test to check how the index answers.',
  sourceName: 'Test desk',
  sourceUrl: `https://example.org/${Math.random().toString(36).slice(2)}`,
  confidence: 'high',
  ...patch,
});

// Each index build scores 13 years under both methods and a Monte Carlo band per profile version.
jest.setTimeout(180_000);

describe.each(testEngines())('methodology v2 API on %s', (engine) => {
  const api = useTestApp(engine, { perSuite: true, env: { KEM_NOW: `${TODAY}T09:00:00Z` } });
  const { http } = api;
  let analyst: string;
  const series = async (query: string) => (await http().get(`${API_ROUTES.index}?${query}`).expect(200)).body as IndexSeriesView;
  const on = async (day: string, extra = '') => (await series(`from=${day}&to=${day}${extra}`)).points[0];
  const refresh = () => api.app.get(IndexBuilder).refresh();

  beforeAll(async () => {
    await refresh();
    analyst = await tokenFor(api.app, 'analyst');
  });

  it('serves method 2 by default, with no day at 0 (nor without a value) between 2014 and today on a fresh install', async () => {
    const body = await series('');
    expect(body.method).toBe(2);
    expect(body.points).toHaveLength(4720);
    expect(body.points.every((p) => p.value !== null && p.value > 1)).toBe(true);
    expect(body.noValueReason).toBeNull();
    // every point shows each indicator's score beside the total
    expect(Object.keys(body.points[0].scores).sort()).toEqual(Object.keys(body.points.at(-1)?.scores ?? {}).sort());
    expect(body.freshness.date).toBe(TODAY);
  });

  it('keeps the v1 series for comparison (?method=1), which falls to near 0 on calm days', async () => {
    const v1 = await series('method=1&from=2015-01-01&to=2020-12-31');
    expect(v1.method).toBe(1);
    expect(Math.min(...v1.points.map((p) => p.value as number))).toBeLessThan(5);
    const v2 = await series('from=2015-01-01&to=2020-12-31');
    expect(Math.min(...v2.points.map((p) => p.value as number))).toBeGreaterThan(20);
    const scores = (await http().get(`${API_ROUTES.indexScores}?method=1&from=2019-01-01&to=2019-01-31`).expect(200))
      .body as ScoreHistoryView;
    expect(scores).toMatchObject({ method: 1, peakChannel: 0, from: '2019-01-01', to: '2019-01-31' });
    await http().get(`${API_ROUTES.index}?method=3`).expect(400);
    await http().get(`${API_ROUTES.index}?method=1&asOf=2024-01-01`).expect(400);
  });

  it('holds an ongoing outage: the CPC mooring wrecked on 2025-11-29 (ongoing) does not fade', async () => {
    const cpc = (
      await http()
        .get(`${API_ROUTES.indicatorSeries('cpc_pipeline')}?from=2025-11-30&to=${TODAY}`)
        .expect(200)
    ).body as IndicatorSeriesView;
    const m = (await http().get(API_ROUTES.methodology).expect(200)).body as MethodologyView;
    const coefficient = (name: string) => Number(m.coefficients.find((c) => c.indicatorKey === 'cpc_pipeline' && c.name === name)?.value);
    // the severity-5 family alone, held at full impact: s ≥ B + (100 − B)(1 − e^(−p(5)/k)) on every day since
    const held = 1 - Math.exp(-coefficient('method.impacts[4]') / coefficient('method.saturation'));
    for (const p of cpc.points)
      expect(p.score).toBeGreaterThanOrEqual((p.baseline as number) + (100 - (p.baseline as number)) * held - 1e-3);
    expect(cpc.freshness).toMatchObject({ indicatorKey: 'cpc_pipeline', state: 'stale', reviewIntervalDays: 120 });
  });

  it('flags stale indicators in /latest with "no new evidence for N days", coverage and per-indicator scores', async () => {
    const latest = (await http().get(API_ROUTES.indexLatest).expect(200)).body as LatestIndexView;
    expect(latest).toMatchObject({ method: 2, asOf: null, date: TODAY, reason: null });
    expect(latest.value).toBeGreaterThan(20);
    expect(latest.freshness.stale).toEqual(expect.arrayContaining(['cpc_pipeline', 'civil_liberties', 'trade_russia']));
    expect(latest.freshness.stale.length).toBeGreaterThanOrEqual(5);
    // the newest curated evidence is the new constitution taking effect on 2026-07-01 (civil liberties): 155 days before
    expect(latest.freshness).toMatchObject({ lastNewEvidence: '2026-07-01', daysSinceNewEvidence: 155 });
    expect(latest.freshness.summary).toMatch(/^No new evidence for 155 days/);
    const cpc = latest.freshness.indicators.find((f) => f.indicatorKey === 'cpc_pipeline');
    expect(cpc).toMatchObject({
      state: 'stale',
      lastEvidence: '2026-01-25',
      lastReview: '2026-01-25',
      lastReviewByAnalyst: false,
      daysSinceEvidence: 312,
      inComposite: true,
    });
    expect(latest.freshness.coverage.covered + latest.freshness.coverage.leftOut.length).toBe(8);
    expect(latest.scores).toHaveLength(8);
    const inIndex = latest.scores.filter((s) => s.contribution !== null);
    expect(inIndex.reduce((a, s) => a + (s.contribution as number), 0)).toBeCloseTo(latest.value as number, 3);
    for (const s of latest.scores) expect(s.state === 'unmonitored').toBe(s.contribution === null);
  });

  it('explains a change as new evidence, fading, baseline and staleness that sum to it', async () => {
    const crisis = (await http().get(`${API_ROUTES.indexExplain}?from=2021-12-20&to=2022-01-10`).expect(200)).body as IndexExplanationView;
    const parts = crisis.parts;
    expect(parts.newEvidence + parts.fading + parts.baseline + parts.staleness + parts.reweighting).toBeCloseTo(crisis.change as number, 6);
    expect(parts.newEvidence).toBeGreaterThan(5);
    const unrest = crisis.indicators.find((i) => i.indicatorKey === 'internal_unrest');
    expect(unrest?.drivers.some((d) => d.kind === 'new')).toBe(true);
    // this year nothing new arrived: the change is fading and staleness, and says so
    const quiet = (await http().get(`${API_ROUTES.indexExplain}?from=2026-09-01&to=${TODAY}`).expect(200)).body as IndexExplanationView;
    expect(quiet.parts.newEvidence).toBeCloseTo(0, 9);
    expect(quiet.summary[0]).toMatch(/^No new evidence for 155 days/);
  });

  it('publishes every coefficient, the review-interval rule and the validation report', async () => {
    const m = (await http().get(API_ROUTES.methodology).expect(200)).body as MethodologyView;
    expect(m.method).toMatchObject({ version: 2, peakChannel: 0.25, unmonitoredAfterIntervals: 3 });
    expect(m.versions.map((v) => v.version)).toEqual([2, 1]);
    const groups = new Set(m.coefficients.map((c) => c.group));
    for (const g of ['weight', 'impact', 'half_life', 'saturation', 'baseline', 'freshness', 'memory', 'composite'])
      expect(groups).toContain(g);
    expect(m.indicators.find((i) => i.key === 'cpc_pipeline')).toMatchObject({ reviewIntervalDays: 120, unmonitoredAfterDays: 360 });
    expect(m.reviewIntervalRule).toMatch(/75th percentile/);
    expect(m.curationRule).toMatch(/latest curated evidence/);
    expect(m.validation).toMatchObject({ generatedFor: expect.any(String), yearly: expect.any(Array) });
  });

  it('shows evidence health to analysts: freshness, last event and review, series vintages, connectors', async () => {
    await http().get(API_ROUTES.evidenceHealth).expect(401);
    const health = (await http().get(API_ROUTES.evidenceHealth).set(bearer(analyst)).expect(200)).body as EvidenceHealthView;
    expect(health.date).toBe(TODAY);
    const cpc = health.indicators.find((i) => i.indicatorKey === 'cpc_pipeline');
    expect(cpc).toMatchObject({ curatedThrough: '2026-01-25', lastReview: null, freshness: { state: 'stale' } });
    expect(cpc?.lastEvent?.date).toBe('2026-01-25');
    expect(cpc?.action).toMatch(/^Stale since/);
    const wgi = health.series.find((s) => s.series === 'wgi_pv_estimate');
    expect(wgi).toMatchObject({ latestPeriod: '2023', stale: true });
    expect(health.connectors.map((c) => c.key).sort()).toEqual(['comtrade', 'gdelt', 'rss', 'worldbank']);
    expect(health.connectors.every((c) => c.state === 'never_run')).toBe(true);
  });

  it('refuses a follow-up of a follow-up, or of another indicator, naming parentId', async () => {
    const events = (await http().get(`${API_ROUTES.events}?indicator=internal_unrest&pageSize=200`).set(bearer(analyst)).expect(200)).body
      .items as EventView[];
    const followUp = events.find((e) => e.parentId !== null) as EventView;
    expect(followUp).toBeDefined();
    const nested = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send(event({ indicatorKey: 'internal_unrest', date: '2022-02-01', severity: 1, parentId: followUp.id }))
      .expect(400);
    expect(nested.body.errors[0]).toMatchObject({ field: 'parentId', message: expect.stringContaining('itself a follow-up') });
    const root = followUp.parentId as number;
    const other = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send(event({ indicatorKey: 'csto_military', date: '2022-02-01', severity: 1, parentId: root }))
      .expect(400);
    expect(other.body.errors[0]).toMatchObject({ field: 'parentId', message: expect.stringContaining('internal_unrest') });
    const missing = await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send(event({ indicatorKey: 'csto_military', date: '2022-02-01', severity: 1, parentId: 2_000_000 }))
      .expect(400);
    expect(missing.body.errors[0].field).toBe('parentId');
  });

  it('raises the index within 7 days of a severity-5 crisis entered through the API; a no-effect report does not move it a band', async () => {
    const day = '2024-03-10';
    const before = await series('from=2024-03-09&to=2024-03-31');
    const crisis = await api.created<EventView>(
      API_ROUTES.events,
      analyst,
      event({ indicatorKey: 'internal_unrest', date: day, severity: 5, lifecycle: 'unknown' }),
    );
    expect(crisis).toMatchObject({ lifecycle: 'unknown', parentId: null, recordedAt: TODAY });
    await refresh();
    const after = await series('from=2024-03-09&to=2024-03-31');
    const rise = (d: number) => (after.points[d].value as number) - (before.points[d].value as number);
    // within 7 days of the crisis (index 1 is 2024-03-10)
    expect(Math.max(...[1, 2, 3, 4, 5, 6, 7, 8].map(rise))).toBeGreaterThan(3);
    expect(rise(0)).toBeCloseTo(0, 9);
    const withCrisis = await series('from=2024-03-09&to=2024-06-30');

    // a follow-up report a month later, no new impact ('ended', severity 1): not one band moves
    await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send(event({ indicatorKey: 'internal_unrest', date: '2024-04-12', severity: 1, lifecycle: 'ended', parentId: crisis.id }))
      .expect(201);
    await refresh();
    const report = await series('from=2024-03-09&to=2024-06-30');
    expect(report.points.map((p) => p.band)).toEqual(withCrisis.points.map((p) => p.band));
  });

  it('as known on a past day: asOf never sees an event recorded later', async () => {
    const asOf = '2026-11-01';
    const before = await on('2026-06-02', `&asOf=${asOf}`);
    const today = await on('2026-06-02');
    await http()
      .post(API_ROUTES.events)
      .set(bearer(analyst))
      .send(event({ indicatorKey: 'csto_military', date: '2026-06-01', severity: 5, lifecycle: 'ongoing' }))
      .expect(201);
    await refresh();
    const replayed = await series(`from=2026-06-02&to=2026-06-02&asOf=${asOf}`);
    expect(replayed.asOf).toBe(asOf);
    expect(replayed.points[0].value).toBeCloseTo(before.value as number, 9);
    expect((await on('2026-06-02')).value as number).toBeGreaterThan((today.value as number) + 1);
    const latestThen = (await http().get(`${API_ROUTES.indexLatest}?asOf=${asOf}`).expect(200)).body as LatestIndexView;
    expect(latestThen).toMatchObject({ date: asOf, asOf });
    expect(latestThen.freshness.indicators.find((f) => f.indicatorKey === 'csto_military')?.lastEvidence).toBe('2026-02-12');
    await http().get(`${API_ROUTES.indexLatest}?asOf=2027-01-01`).expect(400);
  });

  it('a review ("reviewed — no change") makes a stale indicator fresh, audited', async () => {
    await http().post(API_ROUTES.indicatorReviews('cpc_pipeline')).send({}).expect(401);
    const viewer = await tokenFor(api.app, 'viewer');
    await http().post(API_ROUTES.indicatorReviews('cpc_pipeline')).set(bearer(viewer)).send({}).expect(403);
    await http().post(API_ROUTES.indicatorReviews('no_such')).set(bearer(analyst)).send({}).expect(404);
    const review = await api.created<IndicatorReviewView>(API_ROUTES.indicatorReviews('cpc_pipeline'), analyst, {
      note: 'Loadings normal per the CPC site',
    });
    expect(review).toMatchObject({
      indicatorKey: 'cpc_pipeline',
      reviewedOn: TODAY,
      note: 'Loadings normal per the CPC site',
      freshness: { state: 'fresh', lastReviewByAnalyst: true },
    });
    await api.app.get(IndexBuilder).settled();
    await refresh();
    const latest = (await http().get(API_ROUTES.indexLatest).expect(200)).body as LatestIndexView;
    expect(latest.freshness.indicators.find((f) => f.indicatorKey === 'cpc_pipeline')).toMatchObject({
      state: 'fresh',
      lastReview: TODAY,
      daysSinceTouch: 0,
    });
    const audit = (
      await http()
        .get(`${API_ROUTES.audit}?pageSize=5`)
        .set(bearer(await tokenFor(api.app, 'admin')))
        .expect(200)
    ).body;
    expect(JSON.stringify(audit)).toContain('indicator.review');
  });

  it('imports observations all or nothing with line-numbered problems, period and vintage kept', async () => {
    const header = 'indicator,series,date,value,unit,source_name,source_url,confidence,period,vintage';
    const good = `civil_liberties,fh_civil_liberties,2026-12-31,17,score (0–60),Freedom House,https://freedomhouse.org/country/kazakhstan/freedom-world/2027,high,2026,2026-11-30`;
    const bad = `civil_liberties,fh_civil_liberties,2026-12-31,170,%,Freedom House,ftp://x,high,2026-13,`;
    const post = (body: string, q = '') =>
      http().post(`${API_ROUTES.observationsImport}${q}`).set(bearer(analyst)).set('Content-Type', 'text/csv').send(body);
    const failed = await post([header, good, bad].join('\n')).expect(400);
    expect(failed.body.errors.every((e: { line: number }) => e.line === 3)).toBe(true);
    expect(failed.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['value', 'source_url', 'period']));
    const dry = await post([header, good].join('\n'), '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 1, updated: 0 });
    const done = await post([header, good].join('\n')).expect(200);
    expect(done.body).toMatchObject({ dryRun: false, created: 1 });
    const stored = (await http().get(`${API_ROUTES.observations}?series=fh_civil_liberties&from=2026-12-31&to=2026-12-31`).expect(200)).body
      .items[0];
    expect(stored).toMatchObject({ value: 17, period: '2026', vintage: '2026-11-30', recordedAt: TODAY, origin: 'import' });
    // a revised figure for the same period updates it
    const revised = await post([header, good.replace(',17,', ',16,')].join('\n')).expect(200);
    expect(revised.body).toMatchObject({ created: 0, updated: 1 });
  });
});

describe.each(testEngines())('an index nobody monitors on %s', (engine) => {
  // three years after the last curated evidence every indicator is past three review intervals
  const api = useTestApp(engine, { perSuite: true, env: { KEM_NOW: '2029-12-03T09:00:00Z' } });
  const { http } = api;

  beforeAll(() => api.app.get(IndexBuilder).refresh());

  it('answers with no value and the reason — never 0', async () => {
    const latest = (await http().get(API_ROUTES.indexLatest).expect(200)).body as LatestIndexView;
    expect(latest).toMatchObject({ date: '2029-12-03', value: null, band: null });
    expect(latest.reason).toMatch(/Every indicator is unmonitored/);
    expect(latest.freshness.coverage).toMatchObject({ covered: 0, total: 8 });
    expect(latest.freshness.unmonitored).toHaveLength(8);
    expect(latest.scores.every((s) => s.score !== null && s.contribution === null)).toBe(true);
    const last = (await http().get(`${API_ROUTES.index}?from=2029-12-01`).expect(200)).body as IndexSeriesView;
    expect(last.points.every((p) => p.value === null)).toBe(true);
    expect(last.noValueReason).toMatch(/Every indicator is unmonitored/);
    const month = (await http().get(`${API_ROUTES.index}?from=2029-11-01&interval=month`).expect(200)).body as IndexSeriesView;
    expect(month.points.at(-1)?.value).toBeNull();
  });
});
