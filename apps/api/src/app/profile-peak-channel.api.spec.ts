import { IndexBuilder } from '@kem/api-index';
import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, MethodologyView, ProfileVersionView, ProfileView, VersionDiffView } from '@kem/contracts';
import { tokenFor } from '../testing/test-app';
import { weightsOnly } from '../testing/indicator-weights';
import { bearer, useTestApp } from '../testing/use-test-app';

/** The peak-channel λ is a setting of each weight-profile version (issue 11, item 4). */
describe.each(testEngines())('peak-channel λ per profile on %s', (engine) => {
  const api = useTestApp(engine, { perSuite: true });
  let admin: string;
  let profile: ProfileView;
  const { http } = api;
  // Two indicators at equal weight, the rest 0: the index is their mean, plus λ of the gap to the higher one.
  const weights = weightsOnly('cpc_pipeline', 'internal_unrest');
  // a historical day on which both are monitored under any clock
  const DAY = '2022-01-10';

  beforeAll(async () => {
    admin = await tokenFor(api.app, 'admin');
    profile = (await http().get(API_ROUTES.profiles).expect(200)).body.find((p: ProfileView) => p.slug === 'default');
  });

  const save = (body: object) => http().post(API_ROUTES.profileVersions(profile.id)).set(bearer(admin)).send(body);
  const servedValue = async () => {
    await api.app.get(IndexBuilder).refresh();
    await api.app.get(IndexBuilder).settled();
    return (await http().get(`${API_ROUTES.index}?from=${DAY}&to=${DAY}`).expect(200)).body.points[0].value as number;
  };
  const score = async (key: string) =>
    (
      await http()
        .get(`${API_ROUTES.indicatorSeries(key)}?from=${DAY}&to=${DAY}`)
        .expect(200)
    ).body.points[0].score as number;

  it.each([
    [1.5, 'above 1'],
    [-0.1, 'below 0'],
    ['0.5', 'text'],
    [null, 'null'],
  ] as [unknown, string][])('refuses λ = %j (%s) with a 400 naming peakChannel, and saves nothing', async (peakChannel) => {
    const res = await save({ weights, method: 'arithmetic', peakChannel, note: 'Bad λ' }).expect(400);
    expect(res.body.errors).toContainEqual({ field: 'peakChannel', message: expect.stringMatching(/from 0 to 1/) });
    expect((await http().get(API_ROUTES.profileVersions(profile.id)).expect(200)).body).toHaveLength(1);
  });

  it('stores λ with each version, shows it in the profile and the methodology, and builds the index with it', async () => {
    await api.app.get(IndexBuilder).refresh();
    const [cpc, unrest] = [await score('cpc_pipeline'), await score('internal_unrest')];
    expect(Math.abs(cpc - unrest)).toBeGreaterThan(1); // the case needs two different scores

    expect((await save({ weights, method: 'arithmetic', peakChannel: 0, note: 'Plain mean' }).expect(201)).body).toMatchObject({
      number: 2,
      peakChannel: 0,
    });
    expect(await servedValue()).toBeCloseTo((cpc + unrest) / 2, 6);

    await save({ weights, method: 'arithmetic', peakChannel: 1, note: 'Only the worst channel counts' }).expect(201);
    expect(await servedValue()).toBeCloseTo(Math.max(cpc, unrest), 6);

    // a save without λ keeps the profile's current one
    await save({ weights, method: 'arithmetic', note: 'Same λ, new note' }).expect(201);
    const versions = (await http().get(API_ROUTES.profileVersions(profile.id)).expect(200)).body as ProfileVersionView[];
    expect(versions.map((v) => v.peakChannel)).toEqual([1, 1, 0, 0.25]);
    const diff = async (from: number, to: number) =>
      (
        await http()
          .get(`${API_ROUTES.profileVersions(profile.id)}/diff?from=${from}&to=${to}`)
          .expect(200)
      ).body as VersionDiffView;
    expect(await diff(2, 3)).toMatchObject({ methodChanged: false, peakChannelChanged: true, weights: [] });
    expect(await diff(3, 4)).toMatchObject({ methodChanged: false, peakChannelChanged: false, weights: [] });
    await api.app.get(IndexBuilder).settled();
    const profiles = (await http().get(API_ROUTES.profiles).expect(200)).body as ProfileView[];
    expect(profiles.find((p) => p.slug === 'default')?.activeVersion).toMatchObject({ number: 4, peakChannel: 1 });
    expect(profiles.find((p) => p.slug !== 'default')?.activeVersion?.peakChannel).toBe(0.25);

    const m = (await http().get(API_ROUTES.methodology).expect(200)).body as MethodologyView;
    expect(m.coefficients.find((c) => c.name === 'peakChannel')).toMatchObject({
      value: 0.25,
      note: expect.stringMatching(/each weight profile/),
    });
    expect(m.coefficients.find((c) => c.name === 'profiles.default.peakChannel')).toMatchObject({ value: 1, unit: 'λ' });
  });
});
