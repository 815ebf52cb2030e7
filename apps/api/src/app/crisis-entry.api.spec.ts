import { IndexBuilder } from '@kem/api-index';
import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, IndexPointView, IndexSeriesView } from '@kem/contracts';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/** Today on the pinned clock, and the day of the crisis a week before. */
const TODAY = '2027-06-01';
const CRISIS_DAY = '2027-05-25';
const INDICATOR = 'cpc_pipeline'; // review interval 120 days, half-life 60 days

const fixture = (patch: object) => ({
  indicatorKey: INDICATOR,
  summary: 'Test fixture for issue #11, not evidence.',
  lifecycle: 'ended',
  sourceName: 'Test fixture',
  confidence: 'low',
  ...patch,
});

// Each index build scores 13 years under both methods and a Monte Carlo band per profile version.
jest.setTimeout(180_000);

/**
 * Issue #11: a severity ≥ 3 crisis raises the index within 7 days of its date, also on an
 * indicator nobody has reviewed lately (stale: its level is held, and the new event adds to it).
 * A severe outage held until 2026-10-28 and last looked at on 2026-07-01 leaves the indicator stale
 * for seven months, long enough that its level would have decayed far below the one held: counting
 * that unwatched decay when the crisis arrives (the old freeze rule) lowered the index. The events
 * posted here are test fixtures, not product evidence.
 */
describe.each(testEngines())('a crisis entered on a stale indicator on %s', (engine) => {
  const api = useTestApp(engine, { perSuite: true, env: { KEM_NOW: `${TODAY}T09:00:00Z` } });
  const { http } = api;

  const week = async (): Promise<IndexPointView[]> => {
    await api.app.get(IndexBuilder).refresh();
    await api.app.get(IndexBuilder).settled();
    return ((await http().get(`${API_ROUTES.index}?from=${CRISIS_DAY}&to=${TODAY}`).expect(200)).body as IndexSeriesView).points;
  };

  it('raises the default index from the crisis day on, and makes the indicator fresh again', async () => {
    const analyst = await tokenFor(api.app, 'analyst');
    const post = (event: object) => http().post(API_ROUTES.events).set(bearer(analyst)).send(event).expect(201);
    await post(
      fixture({
        date: '2026-07-01',
        endDate: '2026-10-28',
        title: 'Test fixture: severe outage, last reviewed long ago',
        severity: 5,
        sourceUrl: 'https://example.org/test-fixture/held-outage',
      }),
    );
    const before = await week();
    expect(before[0].stale).toContain(INDICATOR); // the case needs the indicator stale on the crisis day
    expect(before[0].coverage).toContain(INDICATOR);

    await post(
      fixture({
        date: CRISIS_DAY,
        title: 'Test fixture: severity-4 crisis on a stale indicator',
        severity: 4,
        sourceUrl: 'https://example.org/test-fixture/crisis-on-stale-indicator',
      }),
    );
    const after = await week();
    expect(after.map((p) => p.date)).toEqual(before.map((p) => p.date));
    after.forEach((p, t) => {
      expect(p.stale).not.toContain(INDICATOR);
      expect(p.scores[INDICATOR]).toBeGreaterThan(before[t].scores[INDICATOR]);
      expect(p.value).toBeGreaterThan(before[t].value as number);
    });
  });
});
