import { CLOCK, Clock } from '@kem/api-config';
import { ConnectorRunEntity, DeliveryEntity, OutboxMessageEntity, SubscriptionEntity } from '@kem/api-data';
import { testEngines } from '@kem/api-data/testing';
import { DigestRunner } from '@kem/api-digests';
import { IndexBuilder } from '@kem/api-index';
import {
  API_ROUTES,
  CompanyIndexView,
  DeliveryView,
  DigestPreviewView,
  OutboxMessageDetailView,
  OutboxMessageView,
  Page,
  SubscriptionView,
} from '@kem/contracts';
import { daysBefore } from '@kem/scoring';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TEST_ADMIN, tokenFor } from '../testing/test-app';
import { CPC_EXPORTER } from '@kem/contracts/testing';
import { bearer, useTestApp } from '../testing/use-test-app';

/** A week after the CPC mooring damage of 2025-11-29, as in the digests spec. */
const CLOCK_START = '2025-12-05T03:00:00Z';

/**
 * Digests that follow a company footprint (issue 13): private to whoever may see the footprint,
 * reporting the company index (and saying so), with no internal period key shown anywhere; and
 * admins' digests count failed connector syncs (issue 12). Messages go to the outbox (no SMTP_URL).
 */
describe.each(testEngines())('digests of a company footprint on %s', (engine) => {
  const api = useTestApp(engine, {
    perSuite: true,
    env: { KEM_NOW: CLOCK_START, PUBLIC_URL: 'https://risk.example.com' },
    timeout: 180_000,
  });
  let owner: string;
  let other: string;
  let admin: string;
  let ownerEmail: string;
  let footprintId: number;
  const { http } = api;
  const repo = <T extends object>(entity: new () => T) => api.app.get(DataSource).getRepository<T>(entity);
  const subscribe = (body: object, token: string) => http().post(API_ROUTES.subscriptions).set(bearer(token)).send(body);
  const fieldsOf = (res: request.Response) => [...new Set((res.body.errors as { field: string }[]).map((e) => e.field))];
  const outbox = async () => {
    const list = (await http().get(API_ROUTES.outbox).set(bearer(admin)).expect(200)).body as Page<OutboxMessageView>;
    return Promise.all(
      list.items.map(
        async (m) => (await http().get(API_ROUTES.outboxMessage(m.id)).set(bearer(admin)).expect(200)).body as OutboxMessageDetailView,
      ),
    );
  };

  beforeAll(async () => {
    await api.app.get(IndexBuilder).refresh();
    [owner, other, admin] = [await tokenFor(api.app, 'viewer'), await tokenFor(api.app, 'viewer'), await tokenFor(api.app, 'admin')];
    ownerEmail = (await http().get(API_ROUTES.me).set(bearer(owner)).expect(200)).body.email;
    footprintId = (await http().post(API_ROUTES.footprints).set(bearer(owner)).send(CPC_EXPORTER).expect(201)).body.id;
  }, 180_000);

  afterEach(async () => {
    for (const entity of [OutboxMessageEntity, DeliveryEntity, SubscriptionEntity, ConnectorRunEntity])
      await repo<object>(entity).createQueryBuilder().delete().execute();
  });

  it('lets only those who may see the footprint follow it: its owner (and admins), never another user or an outside address', async () => {
    const refused = await subscribe({ cadence: 'weekly', footprint: footprintId }, other).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'footprint', message: `you have no footprint ${footprintId}` }]);
    const outsider = await subscribe({ email: 'consultant@example.com', cadence: 'weekly', footprint: footprintId }, admin).expect(400);
    expect(outsider.body.errors).toEqual([{ field: 'footprint', message: expect.stringContaining('private to its owner') }]);
    expect(fieldsOf(await subscribe({ cadence: 'weekly', footprint: footprintId + 1000 }, owner).expect(400))).toEqual(['footprint']);
    expect(fieldsOf(await subscribe({ cadence: 'weekly', footprint: 'mine' }, owner).expect(400))).toEqual(['footprint']);
    // the company index weights the default profile; alerts watch the country index
    expect(fieldsOf(await subscribe({ cadence: 'weekly', footprint: footprintId, profile: 'energy-exporter' }, owner).expect(400))).toEqual(
      ['profile'],
    );
    expect(
      fieldsOf(await subscribe({ cadence: 'weekly', footprint: footprintId, alerts: { bandChange: true } }, owner).expect(400)),
    ).toEqual(['alerts']);

    const company = (await subscribe({ cadence: 'weekly', footprint: footprintId }, owner).expect(201)).body as SubscriptionView;
    expect(company).toMatchObject({
      email: ownerEmail,
      footprint: { id: footprintId, name: 'Caspian Crude LLP' },
      profile: { slug: 'default' },
    });
    await subscribe({ cadence: 'weekly', footprint: footprintId }, owner).expect(409);
    // the country digest of the same cadence is another subscription
    const country = (await subscribe({ cadence: 'weekly' }, owner).expect(201)).body as SubscriptionView;
    expect(country.footprint).toBeNull();
    // an admin may send a footprint's digest to the owner or to themself
    await subscribe({ email: ownerEmail, cadence: 'monthly', footprint: footprintId }, admin).expect(201);
    await subscribe({ cadence: 'monthly', footprint: footprintId }, admin).expect(201);
    // another user cannot move their subscription onto it
    const theirs = (await subscribe({ cadence: 'daily' }, other).expect(201)).body as SubscriptionView;
    await http().patch(API_ROUTES.subscription(theirs.id)).set(bearer(other)).send({ footprint: footprintId }).expect(400);
    await http()
      .patch(API_ROUTES.subscription(company.id))
      .set(bearer(owner))
      .send({ alerts: { riseDay: 5 } })
      .expect(400);
    const back = await http().patch(API_ROUTES.subscription(company.id)).set(bearer(owner)).send({ footprint: null }).expect(409);
    expect(back.body.errors).toEqual([{ field: 'email', message: expect.stringContaining('already subscribed') }]);
  });

  it('sends the company index, saying so, with the company value the footprint page shows and the country value beside it', async () => {
    const sub = (await subscribe({ cadence: 'weekly', footprint: footprintId }, owner).expect(201)).body as SubscriptionView;
    await subscribe({ cadence: 'weekly' }, owner).expect(201);
    expect(await api.app.get(DigestRunner).run({ force: true })).toMatchObject({ sent: 2, failed: 0 });
    const messages = await outbox();
    const company = messages.find((m) => m.subject.startsWith('Company exposure'));
    const country = messages.find((m) => m.subject.startsWith('Kazakhstan exposure'));
    if (!company || !country) throw new Error(`expected a company and a country digest, got ${messages.map((m) => m.subject)}`);

    const view = (await http().get(API_ROUTES.footprintIndex(footprintId)).set(bearer(owner)).expect(200)).body as CompanyIndexView;
    expect(company.subject).toMatch(
      new RegExp(
        `^Company exposure ${view.companyValue.toFixed(1)} \\(${view.companyBandLabel}\\), .* over 7 days – Caspian Crude LLP footprint$`,
      ),
    );
    expect(company.text).toContain(
      `Company index, Caspian Crude LLP footprint, ${api.app.get<Clock>(CLOCK).today()}: ${view.companyValue.toFixed(1)}`,
    );
    expect(company.text).toContain('This digest follows the company index of your footprint “Caspian Crude LLP”');
    expect(company.text).toContain(`stands at ${view.countryValue.toFixed(1)} the same day`);
    expect(country.subject).toMatch(new RegExp(`^Kazakhstan exposure ${view.countryValue.toFixed(1)} `));
    // the same freshness section as the country digest, and actions ranked for the footprint (with the reason)
    expect(company.text).toContain('EVIDENCE FRESHNESS');
    expect(company.text).toMatch(/\d of 8 indicators in the index\./);
    if (view.actions.length > 0) expect(company.text).toContain(view.actions[0].why);
    expect(company.html).toContain('src="data:image/png;base64,');
    // evidence as it stood on the clock's day: nothing dated later
    const today = api.app.get<Clock>(CLOCK).today();
    const dated = [...company.text.matchAll(/(\d{4}-\d{2}-\d{2}), severity/g)].map((m) => m[1]);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.filter((day) => day > today)).toEqual([]);

    // no internal key anywhere a person looks: subjects, bodies, the delivery log, the preview
    for (const m of messages) expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/digest:\d{4}/);
    const log = (await http().get(API_ROUTES.deliveries).set(bearer(admin)).expect(200)).body as Page<DeliveryView>;
    expect(log.items.map((d) => d.period)).toEqual([
      expect.stringMatching(/^week \d+ of 2025$/),
      expect.stringMatching(/^week \d+ of 2025$/),
    ]);
    const preview = (await http().get(API_ROUTES.subscriptionPreview(sub.id)).set(bearer(owner)).expect(200)).body as DigestPreviewView;
    expect(preview.period).toMatch(/^week \d+ of 2025$/);
    expect(preview.subject).toMatch(/^Company exposure /);
  });

  it('counts failed connector syncs of the last 7 days in admins’ digests only', async () => {
    const now = api.app.get<Clock>(CLOCK).now();
    const run = (daysAgo: number, status: 'failed' | 'partial' | 'succeeded') => ({
      connectorKey: 'gdelt',
      trigger: 'schedule',
      startedAt: daysBefore(now, daysAgo),
      finishedAt: daysBefore(now, daysAgo),
      status,
      error: status === 'succeeded' ? null : 'getaddrinfo ENOTFOUND api.gdeltproject.org',
    });
    await repo(ConnectorRunEntity).save([
      run(1, 'failed'),
      run(3, 'partial'),
      run(2, 'succeeded'),
      run(9, 'failed'),
    ] as ConnectorRunEntity[]);
    await subscribe({ cadence: 'daily' }, owner).expect(201);
    await subscribe({ cadence: 'daily' }, admin).expect(201);
    await api.app.get(DigestRunner).run({ force: true });
    const messages = await outbox();
    const toAdmin = messages.find((m) => m.recipient === TEST_ADMIN.email);
    const toOwner = messages.find((m) => m.recipient === ownerEmail);
    expect(toAdmin?.text).toContain('Connector syncs failed in the last 7 days: 2 (see Evidence health).');
    expect(toOwner?.text).not.toContain('Connector syncs failed');
  });
});
