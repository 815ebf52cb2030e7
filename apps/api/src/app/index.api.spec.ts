import { CLOCK, Clock } from '@kem/api-config';
import { IndexBuilder } from '@kem/api-index';
import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, IndexExplanationView, IndexPointView, IndexSeriesView, LatestIndexView } from '@kem/contracts';
import { tokenFor } from '../testing/test-app';
import { useTestApp } from '../testing/use-test-app';

const TODAY = '2026-12-03';
const value = (p: { value: number | null }) => {
  if (p.value === null) throw new Error('the index has no value on this day');
  return p.value;
};

// Each index build scores 13 years under both methods and a Monte Carlo band per profile version.
jest.setTimeout(180_000);

describe.each(testEngines())('index API on %s', (engine) => {
  // The figures below are of 2026-12-03: the curated history ends in May 2026, so most indicators are stale then.
  const api = useTestApp(engine, { perSuite: true, env: { KEM_NOW: `${TODAY}T09:00:00Z` } });
  const { http } = api;

  beforeAll(() => api.app.get(IndexBuilder).refresh());

  it('serves the materialised history since 2014 with contributions that sum to each value', async () => {
    const res = await http().get(API_ROUTES.index).expect(200);
    const body = res.body as IndexSeriesView;
    expect(body.profile).toEqual({ slug: 'default', name: 'Default', version: 1 });
    expect(body.points[0].date).toBe('2014-01-01');
    expect(body.points.at(-1)?.date).toBe(api.app.get<Clock>(CLOCK).today());
    for (const p of body.points.filter((_, i) => i % 97 === 0)) {
      const sum = Object.values(p.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(value(p), 6);
      expect(p.value).toBeGreaterThanOrEqual(0);
      expect(p.value).toBeLessThanOrEqual(100);
      expect(p.lower).toBeLessThanOrEqual(p.upper as number);
    }
    expect(res.headers['etag']).toBeDefined();
    await http().get(API_ROUTES.index).set('If-None-Match', res.headers['etag']).expect(304);
  });

  it('shows January 2022 (CSTO deployment, unrest) well above the calm of 2019', async () => {
    const at = async (date: string) =>
      ((await http().get(`${API_ROUTES.index}?from=${date}&to=${date}`).expect(200)).body as IndexSeriesView).points[0];
    const calm = await at('2019-06-01');
    const crisis = await at('2022-01-10');
    expect(value(crisis)).toBeGreaterThan(value(calm) + 10);
    expect(crisis.contributions['csto_military']).toBeGreaterThan(calm.contributions['csto_military'] ?? 0);
  });

  it('averages weeks and months, keeping contributions additive', async () => {
    const month = (await http().get(`${API_ROUTES.index}?from=2022-01-01&to=2022-03-31&interval=month`).expect(200))
      .body as IndexSeriesView;
    expect(month.points.map((p: IndexPointView) => p.date)).toEqual(['2022-01-31', '2022-02-28', '2022-03-31']);
    const days = (await http().get(`${API_ROUTES.index}?from=2022-01-01&to=2022-01-31`).expect(200)).body as IndexSeriesView;
    const mean = days.points.reduce((a, p) => a + value(p), 0) / days.points.length;
    expect(month.points[0].value).toBeCloseTo(mean, 9);
    expect(Object.values(month.points[0].contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(value(month.points[0]), 9);
    const weeks = (await http().get(`${API_ROUTES.index}?from=2022-01-03&to=2022-01-16&interval=week`).expect(200)).body as IndexSeriesView;
    expect(weeks.points.map((p) => p.date)).toEqual(['2022-01-09', '2022-01-16']);
  });

  it('rejects bad parameters naming them', async () => {
    const reversed = await http().get(`${API_ROUTES.index}?from=2023-01-01&to=2022-01-01`).expect(400);
    expect(reversed.body.errors).toEqual([{ field: 'to', message: 'to must not be before from (2023-01-01)' }]);
    const unknown = await http().get(`${API_ROUTES.index}?profile=hedge-fund`).expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'profile', message: expect.stringContaining('unknown profile "hedge-fund"') });
    const bad = await http().get(`${API_ROUTES.index}?from=yesterday&interval=hour`).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'interval']);
  });

  it('weights the same evidence differently per profile', async () => {
    const on = async (profile: string) =>
      ((await http().get(`${API_ROUTES.index}?profile=${profile}&from=2022-09-01&to=2022-09-01`).expect(200)).body as IndexSeriesView)
        .points[0];
    const energy = await on('energy-exporter');
    const ngo = await on('ngo-media');
    // Summer 2022: CPC loadings were halted repeatedly, so the CPC-heavy energy profile reads higher.
    expect(energy.contributions['cpc_pipeline']).toBeGreaterThan(ngo.contributions['cpc_pipeline']);
  });

  it('lists the preset profiles with their rationale and served weights', async () => {
    const res = await http().get(API_ROUTES.profiles).expect(200);
    expect(res.body.map((p: { slug: string }) => p.slug)).toEqual([
      'default',
      'energy-exporter',
      'logistics-retail',
      'finance',
      'ngo-media',
    ]);
    const energy = res.body[1];
    expect(energy.description).toMatch(/CPC/);
    expect(energy.activeVersion).toMatchObject({ number: 1, method: 'arithmetic', author: null });
    expect(energy.activeVersion.weights.cpc_pipeline).toBe(30);
  });

  it('gives the latest value with band, changes, movers and due-diligence actions', async () => {
    const latest = (await http().get(API_ROUTES.indexLatest).expect(200)).body as LatestIndexView;
    expect(latest.date).toBe(api.app.get<Clock>(CLOCK).today());
    expect(['low', 'guarded', 'elevated', 'high', 'severe']).toContain(latest.band);
    expect(latest.changes.map((c) => c.days)).toEqual([7, 30, 90]);
    expect(latest.bandActions.length).toBeGreaterThan(0);
    expect(latest.coverage.length).toBeGreaterThan(0);
  });

  it('explains a change exactly, down to the events with their sources', async () => {
    const res = await http().get(`${API_ROUTES.indexExplain}?from=2021-12-01&to=2022-01-10`).expect(200);
    const body = res.body as IndexExplanationView;
    const sum = body.indicators.reduce((a, i) => a + i.change, 0);
    expect(sum).toBeCloseTo(body.change as number, 9);
    expect(body.change).toBeGreaterThan(0);
    const csto = body.indicators.find((i) => i.indicatorKey === 'csto_military');
    expect(csto?.drivers.length).toBeGreaterThan(0);
    const eventId = String(csto?.drivers[0].eventId);
    expect(body.events[eventId].sourceUrl).toMatch(/^https?:\/\//);
  });

  it('serves each indicator’s own score series and the uncertainty band', async () => {
    const series = await http()
      .get(`${API_ROUTES.indicatorSeries('csto_military')}?from=2022-01-01&to=2022-01-31`)
      .expect(200);
    expect(series.body.points).toHaveLength(31);
    expect(Math.max(...series.body.points.map((p: { score: number }) => p.score))).toBeGreaterThan(60);
    await http().get(API_ROUTES.indicatorSeries('weather')).expect(400);
    const band = await http().get(`${API_ROUTES.indexUncertainty}?from=2022-01-01&to=2022-01-31`).expect(200);
    expect(band.body.points).toHaveLength(31);
    for (const p of band.body.points) expect(p.lower <= p.upper).toBe(true);
  });

  it('recomputes in the background when evidence changes', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const before = ((await http().get(`${API_ROUTES.index}?from=2019-06-02&to=2019-06-02`).expect(200)).body as IndexSeriesView).points[0]
      .value;
    await http()
      .post(API_ROUTES.events)
      .set('Authorization', `Bearer ${analyst}`)
      .send({
        indicatorKey: 'csto_military',
        date: '2019-06-01',
        title: 'Hypothetical exercise used by this test',
        summary: 'A test event to check the index follows the evidence.',
        severity: 5,
        sourceName: 'Test',
        sourceUrl: 'https://example.org/test-event',
        confidence: 'low',
      })
      .expect(201);
    // Reading never waits for the recompute: the old history is served until the new one is complete.
    await api.app.get(IndexBuilder).refresh();
    const after = ((await http().get(`${API_ROUTES.index}?from=2019-06-02&to=2019-06-02`).expect(200)).body as IndexSeriesView).points[0]
      .value;
    expect(after).toBeGreaterThan(before as number);
  });
});
