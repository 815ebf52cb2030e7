import { testEngines } from '@kem/api-data/testing';
import { IndexBuilder } from '@kem/api-index';
import { API_ROUTES } from '@kem/contracts';
import { daysBetween } from '@kem/scoring';
import { DataSource } from 'typeorm';
import { accessOf, OpenApiDocument, operationName, operations } from '../testing/openapi-cases';
import { tokenFor } from '../testing/test-app';
import { CPC_EXPORTER } from '@kem/contracts/testing';
import { bearer, useTestApp } from '../testing/use-test-app';

/** A day the curated evidence is current on (by December 2026 most channels are unmonitored without new reviews). */
const TODAY = '2026-02-15';

const cpcStoppage = {
  events: [{ indicatorKey: 'cpc_pipeline', severity: 5, start: TODAY, durationDays: 56 }],
  holds: [],
  horizonMonths: 12,
};

describe.each(testEngines())('company exposure, scenarios and replay on %s', (engine) => {
  const api = useTestApp(engine, { perSuite: true, env: { KEM_NOW: `${TODAY}T09:00:00Z` }, timeout: 120_000 });
  let viewer: string;
  let other: string;
  let admin: string;
  const { http } = api;

  beforeAll(async () => {
    await api.app.get(IndexBuilder).refresh();
    [viewer, other, admin] = [await tokenFor(api.app, 'viewer'), await tokenFor(api.app, 'viewer'), await tokenFor(api.app, 'admin')];
  }, 120_000);

  it('admits anonymous callers to the published exposure rule only: footprints, scenarios and replays need a signed-in user', async () => {
    // The description states each route's access; hostile-input.api.spec checks every route answers as it states (anonymous: 401).
    const exposure = operations((await http().get(API_ROUTES.openApi).expect(200)).body as OpenApiDocument).filter((o) =>
      o.op.tags?.includes('exposure'),
    );
    expect(exposure.length).toBeGreaterThanOrEqual(20);
    expect(exposure.filter((o) => accessOf(o.op) !== 'signed-in').map(operationName)).toEqual([`GET ${API_ROUTES.exposureRule}`]);
    await http().get(API_ROUTES.footprints).expect(401);
    await http().get(API_ROUTES.exposureRule).expect(200);
  });

  it('keeps footprints private: the owner and admins see one, another user gets 404', async () => {
    const created = await http().post(API_ROUTES.footprints).set(bearer(viewer)).send(CPC_EXPORTER).expect(201);
    const id = created.body.id as number;
    expect(created.body).toMatchObject({ ...CPC_EXPORTER, mine: true });
    await http().get(API_ROUTES.footprint(id)).set(bearer(other)).expect(404);
    await http().get(API_ROUTES.footprintIndex(id)).set(bearer(other)).expect(404);
    await http().patch(API_ROUTES.footprint(id)).set(bearer(other)).send({ name: 'Taken over' }).expect(404);
    await http().delete(API_ROUTES.footprint(id)).set(bearer(other)).expect(404);
    expect((await http().get(API_ROUTES.footprints).set(bearer(other)).expect(200)).body.total).toBe(0);
    await http().get(API_ROUTES.footprint(id)).set(bearer(admin)).expect(200);
    const renamed = await http().patch(API_ROUTES.footprint(id)).set(bearer(viewer)).send({ name: 'Caspian Crude' }).expect(200);
    expect(renamed.body.name).toBe('Caspian Crude');
  });

  it('validates footprints: bounded numbers, known regions, unknown keys refused, each naming the field', async () => {
    const fields = async (body: object) =>
      ((await http().post(API_ROUTES.footprints).set(bearer(viewer)).send(body).expect(400)).body.errors as { field: string }[]).map(
        (e) => e.field,
      );
    expect(await fields({ ...CPC_EXPORTER, exportRouteShare: 120 })).toEqual(['exportRouteShare']);
    expect(await fields({ ...CPC_EXPORTER, staffInKz: 2.5 })).toEqual(['staffInKz']);
    expect(await fields({ ...CPC_EXPORTER, siteRegions: ['moscow'] })).toEqual(['siteRegions']);
    expect(await fields({ ...CPC_EXPORTER, colour: 'red' })).toEqual(['colour']);
    expect(await fields({ ...CPC_EXPORTER, paymentsViaRussia: 'yes' })).toEqual(['paymentsViaRussia']);
  });

  it('computes the company index beside the country index with a stated reason and ranked actions', async () => {
    const { id } = await api.created(API_ROUTES.footprints, viewer, { ...CPC_EXPORTER, name: 'Index check' });
    const res = await http().get(API_ROUTES.footprintIndex(id)).set(bearer(viewer)).expect(200);
    const view = res.body;
    expect(view.date).toBe(TODAY);
    expect(Math.abs(view.companyValue - view.countryValue)).toBeGreaterThan(1);
    expect(view.topChannels).toContain('cpc_pipeline');
    expect(view.reason).toMatch(/points (above|below) the country index .*CPC/);
    expect(view.channels.reduce((s: number, c: { difference: number }) => s + c.difference, 0)).toBeCloseTo(view.difference, 1);
    expect(view.uncertainty.p5).toBeLessThanOrEqual(view.uncertainty.p95);
    expect(view.series.company.length).toBe(366);
    expect(view.freshness.length).toBe(8);
  });

  it('serves the overview’s company view as the country’s: headline, band, freshness, 5–95 % band, series as columns, what changed', async () => {
    const { id } = await api.created(API_ROUTES.footprints, viewer, { ...CPC_EXPORTER, name: 'Overview check' });
    await http().get(API_ROUTES.footprintOverview(id)).set(bearer(other)).expect(404);
    const country = (await http().get(API_ROUTES.indexOverview).query({ from: '2025-12-01' }).expect(200)).body;
    const company = (await http().get(API_ROUTES.footprintOverview(id)).query({ from: '2025-12-01' }).set(bearer(viewer)).expect(200)).body;
    const index = (await http().get(API_ROUTES.footprintIndex(id)).set(bearer(viewer)).expect(200)).body;
    expect(country.company).toBeNull();
    expect(country.latest).toEqual((await http().get(API_ROUTES.indexLatest).expect(200)).body);
    expect(company.latest.date).toBe(TODAY);
    expect(company.latest.value).toBeCloseTo(index.companyValue, 1);
    expect(company.latest.band).toBe(index.companyBand);
    expect(company.company).toMatchObject({ footprintId: id, footprintName: 'Overview check', reason: index.reason });
    expect(company.company.countryValue).toBeCloseTo(country.latest.value, 1);
    // the band of the same Monte Carlo as the index's, with the company's weights
    expect(company.latest.lower).toBeLessThan(company.latest.upper);
    expect(Math.abs(company.latest.lower - company.latest.value)).toBeLessThan(20);
    expect(company.latest.freshness.indicators).toHaveLength(8);
    expect(company.uncertaintyMethod).toBe(country.uncertaintyMethod);
    // actions ranked for the footprint: CPC first, with the reason
    expect(company.latest.indicatorActions[0]).toMatchObject({ indicatorKey: 'cpc_pipeline' });
    expect(company.latest.indicatorActions[0].why).toMatch(/export/i);
    // the series as columns, one value per day, different from the country's
    const days = daysBetween('2025-12-01', TODAY) + 1;
    expect(company.series.dates).toHaveLength(days);
    expect(company.series.keys).toHaveLength(8);
    expect(company.series.contributions[0]).toHaveLength(days);
    expect(company.series.values.at(-1)).toBeCloseTo(company.latest.value, 1);
    expect(company.series.values.at(-1)).not.toBeCloseTo(country.series.values.at(-1), 0);
    expect(company.series.lower.every((v: number | null, t: number) => v !== null && v < company.series.upper[t])).toBe(true);
    const changed = (await http().get(API_ROUTES.footprintExplain(id)).set(bearer(viewer)).expect(200)).body;
    expect(changed.to).toBe(TODAY);
    expect(changed.indexTo).toBeCloseTo(company.latest.value, 1);
  });

  it('projects a CPC stoppage above the baseline without writing evidence or touching the published index', async () => {
    const dataSource = api.app.get(DataSource);
    const counts = async () =>
      JSON.stringify(
        await dataSource.query(
          'SELECT (SELECT COUNT(*) FROM evidence_event) AS e, (SELECT COUNT(*) FROM index_point) AS p, (SELECT COUNT(*) FROM index_build) AS b',
        ),
      );
    const latestBefore = (await http().get(API_ROUTES.indexLatest).expect(200)).body;
    const before = await counts();
    const projection = (await http().post(API_ROUTES.scenarioProject).set(bearer(viewer)).send(cpcStoppage).expect(200)).body;
    expect(projection.published).toBe(false);
    expect(projection.to).toBe('2027-02-15');
    expect(projection.country.maxDifference).toBeGreaterThan(3);
    const at = daysBetween(projection.from, '2026-03-01');
    expect(projection.country.scenario[at]).toBeGreaterThan(projection.country.baseline[at]);
    // the index's Monte Carlo band around the projected path, from today on
    expect(projection.country.lower[at]).toBeLessThanOrEqual(projection.country.scenario[at]);
    expect(projection.country.upper[at]).toBeGreaterThan(projection.country.lower[at]);
    expect(projection.country.lower[0]).toBeNull();
    expect(projection.uncertaintyMethod).toMatch(/Monte Carlo, 300 draws/);
    expect(projection.indicators.find((i: { key: string }) => i.key === 'cpc_pipeline').scenarioPeak).toBeGreaterThan(60);
    await api.app.get(IndexBuilder).refresh();
    expect((await http().get(API_ROUTES.indexLatest).expect(200)).body).toEqual(latestBefore);
    expect(await counts()).toBe(before);
  });

  it('saves, shares, compares and projects scenarios; unshared ones are 404 to others', async () => {
    const presets = (await http().get(API_ROUTES.scenarioPresets).set(bearer(viewer)).expect(200)).body;
    const cpc = presets.find((p: { key: string }) => p.key === 'cpc-stoppage-8w');
    expect(cpc.definition.events[0]).toMatchObject({ indicatorKey: 'cpc_pipeline', severity: 5, start: TODAY, durationDays: 56 });
    expect(cpc.rationale).toMatch(/seed 002/);
    const a = await api.created(API_ROUTES.scenarios, viewer, { name: 'CPC 8 weeks', ...cpc.definition });
    const law = presets.find((p: { key: string }) => p.key === 'foreign-agent-law-adopted');
    const b = await api.created(API_ROUTES.scenarios, viewer, { name: 'Law', shared: true, ...law.definition });
    await http().get(API_ROUTES.scenario(a.id)).set(bearer(other)).expect(404);
    expect((await http().get(API_ROUTES.scenario(b.id)).set(bearer(other)).expect(200)).body.link).toMatch(
      new RegExp(`/scenarios\\?id=${b.id}$`),
    );
    await http().patch(API_ROUTES.scenario(b.id)).set(bearer(other)).send({ name: 'Not mine' }).expect(404);
    const compared = (await http().get(`${API_ROUTES.scenarioCompare}?ids=${a.id},${b.id}`).set(bearer(viewer)).expect(200)).body;
    expect(compared.scenarios.map((s: { name: string }) => s.name)).toEqual(['CPC 8 weeks', 'Law']);
    const bad = await http()
      .post(API_ROUTES.scenarios)
      .set(bearer(viewer))
      .send({ name: 'Bad', events: [{ ...cpc.definition.events[0], indicatorKey: 'no_such' }], holds: [] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('events.0.indicatorKey');
  });

  it('replays a past day with only the evidence recorded by then', async () => {
    const res = (await http().get(`${API_ROUTES.replay}?date=2022-01-07`).set(bearer(viewer)).expect(200)).body;
    expect(res.date).toBe('2022-01-07');
    expect(res.value).toBeGreaterThan(0);
    expect(res.digest.headline).toMatch(/^Kazakhstan exposure on 2022-01-07/);
    expect(res.series.asKnown.length).toBe(91);
    await http().get(`${API_ROUTES.replay}?date=2027-01-01`).set(bearer(viewer)).expect(400);
    expect((await http().get(API_ROUTES.replayPresets).set(bearer(viewer)).expect(200)).body.length).toBeGreaterThanOrEqual(5);
  });
});

describe('PUBLIC_COUNTRY_INDEX=false', () => {
  const api = useTestApp('sqlite', { perSuite: true, env: { PUBLIC_COUNTRY_INDEX: 'false' }, timeout: 120_000 });
  const { http } = api;

  beforeAll(() => api.app.get(IndexBuilder).refresh(), 120_000);

  it('requires sign-in for the country index and indicator series, not for sign-in or health', async () => {
    for (const path of [API_ROUTES.index, API_ROUTES.indexLatest, API_ROUTES.indexExplain, API_ROUTES.indicatorSeries('cpc_pipeline')])
      await http().get(path).expect(401);
    await http().get(API_ROUTES.health).expect(200);
    const token = await tokenFor(api.app, 'viewer');
    // Signed in, the guard lets the request through (the index may still be building: 503 is not an access answer).
    expect([200, 503]).toContain((await http().get(API_ROUTES.indexLatest).set(bearer(token))).status);
  });
});
