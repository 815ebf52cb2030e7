import { ConnectorRegistry } from '@kem/api-connectors';
import {
  AuditEntryEntity,
  ConnectorLeaseEntity,
  ConnectorRunEntity,
  dataSourceOptions,
  DeliveryEntity,
  IndexBuildEntity,
  migrate,
  SubscriptionEntity,
  UserEntity,
  WeightProfileVersionEntity,
} from '@kem/api-data';
import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { DigestRunner } from '@kem/api-digests';
import { CONNECTOR_REGISTRY } from '@kem/api-evidence';
import { IndexBuilder } from '@kem/api-index';
import { API_ROUTES, ProfileView } from '@kem/contracts';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { startSmtpServer, TestSmtpServer } from '../testing/smtp-server';
import { RecordingLogger, startTestApp, tokenFor } from '../testing/test-app';
import { weightsOnly } from '../testing/indicator-weights';

const sorted = (statuses: number[]) => [...statuses].sort((a, b) => a - b);

/**
 * Several API instances on one database, each defect class of the scale-out path against two
 * instances of the whole API: the start race, duplicate subscriptions, concurrent weight saves, index
 * builds, delivery retries, retry timing and shutdown. The two-process version with a real SMTP server
 * and kill -9 is test/system/two-instances.e2e.ts.
 */
describe.each(testEngines())('two API instances on one %s database', (engine) => {
  let db: TestDatabase;
  let a: NestExpressApplication;
  let b: NestExpressApplication;
  const logs = { a: new RecordingLogger(), b: new RecordingLogger() };
  let admin: string;
  const http = (app: NestExpressApplication) => request(app.getHttpServer());
  const bearer = () => ({ Authorization: `Bearer ${admin}` });
  const repo = <T extends object>(entity: new () => T) => a.get(DataSource).getRepository<T>(entity);

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    // Migrations have their own lock (PostgreSQL) and test; here the instances race on everything after them.
    const migrator = await new DataSource(dataSourceOptions(db.config)).initialize();
    await migrate(migrator);
    await migrator.destroy();
    if (engine === 'postgres') {
      [a, b] = await Promise.all([startTestApp(db, { logger: logs.a }), startTestApp(db, { logger: logs.b })]);
    } else {
      // Several instances are a PostgreSQL deployment; two processes on one SQLite file start one after the other
      // here (the admin race itself is covered on both engines in libs/api-auth/src/lib/initial-admin.spec.ts).
      a = await startTestApp(db, { logger: logs.a });
      b = await startTestApp(db, { logger: logs.b });
    }
    admin = await tokenFor(a, 'admin');
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db.drop();
  });

  it('both start on an empty database (at the same moment on PostgreSQL), and exactly one creates the admin', async () => {
    expect((await http(a).get(API_ROUTES.health)).status).toBe(200);
    expect((await http(b).get(API_ROUTES.health)).status).toBe(200);
    expect(await repo(UserEntity).countBy({ role: 'admin' })).toBe(1);
    const created = [...logs.a.lines, ...logs.b.lines].filter((line) => line.startsWith('Created admin account'));
    expect(created).toHaveLength(1);
    await http(b).post(API_ROUTES.login).send({ email: 'admin@example.com', password: 'correct-horse-battery' }).expect(200);
  });

  it('builds each index version once: the other instance skips what is being built and serves the result', async () => {
    const [byA, byB] = await Promise.all([a.get(IndexBuilder).refresh(), b.get(IndexBuilder).refresh()]);
    const builds = await repo(IndexBuildEntity).find();
    expect(builds.length).toBeGreaterThan(1);
    expect(builds.every((build) => build.status === 'ready' && build.builder === null && build.leaseUntil === null)).toBe(true);
    expect([...byA, ...byB].sort((x, y) => x - y)).toEqual(builds.map((build) => build.versionId).sort((x, y) => x - y));
    expect([...logs.a.lines, ...logs.b.lines].filter((line) => /refresh failed|duplicate|UNIQUE/i.test(line))).toEqual([]);
    // Fresh now: neither builds again.
    expect(await Promise.all([a.get(IndexBuilder).refresh(), b.get(IndexBuilder).refresh()])).toEqual([[], []]);
    await http(b).get(API_ROUTES.indexLatest).expect(200);
  });

  it('stores a subscription posted to both at once once (201 and 409), and refuses an edit that would duplicate one', async () => {
    const body = { email: 'twice@example.com', cadence: 'weekly' };
    const answers = await Promise.all([
      http(a).post(API_ROUTES.subscriptions).set(bearer()).send(body),
      http(b).post(API_ROUTES.subscriptions).set(bearer()).send(body),
    ]);
    expect(sorted(answers.map((r) => r.status))).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)?.body).toMatchObject({ statusCode: 409, errors: [{ field: 'email' }] });
    expect(await repo(SubscriptionEntity).countBy({ email: 'twice@example.com', active: true })).toBe(1);

    // No look-up guards an edit: the partial unique index does, on both engines.
    const daily = await http(a)
      .post(API_ROUTES.subscriptions)
      .set(bearer())
      .send({ email: 'twice@example.com', cadence: 'daily' })
      .expect(201);
    const clash = await http(b).patch(API_ROUTES.subscription(daily.body.id)).set(bearer()).send({ cadence: 'weekly' }).expect(409);
    expect(clash.body).toMatchObject({
      statusCode: 409,
      errors: [{ field: 'email', message: 'already subscribed to this profile or footprint and cadence' }],
    });
    // An ended subscription does not count.
    const weekly = answers.find((r) => r.status === 201)?.body as { id: number };
    await http(a).patch(API_ROUTES.subscription(weekly.id)).set(bearer()).send({ active: false }).expect(200);
    await http(b).patch(API_ROUTES.subscription(daily.body.id)).set(bearer()).send({ cadence: 'weekly' }).expect(200);
    await http(a).patch(API_ROUTES.subscription(weekly.id)).set(bearer()).send({ active: true }).expect(409);
  });

  it('answers concurrent weight saves with 201 or 409, never 500, and numbers versions without gaps or repeats', async () => {
    const profile = ((await http(a).get(API_ROUTES.profiles).expect(200)).body as ProfileView[]).find(
      (p) => p.slug === 'default',
    ) as ProfileView;
    const save = (app: NestExpressApplication, key: string) =>
      http(app)
        .post(API_ROUTES.profileVersions(profile.id))
        .set(bearer())
        .send({ weights: weightsOnly(key), method: 'arithmetic', note: `only ${key}` });
    const answers = await Promise.all([
      save(a, 'cpc_pipeline'),
      save(b, 'trade_russia'),
      save(a, 'infrastructure'),
      save(b, 'foreign_agent'),
    ]);
    expect(answers.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const numbers = (await repo(WeightProfileVersionEntity).findBy({ profileId: profile.id })).map((v) => v.number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers).toHaveLength(1 + answers.filter((r) => r.status === 201).length);

    // The race made certain: this save reads a stale "latest" version, as if another had just been saved.
    const latest = await repo(WeightProfileVersionEntity).findOneOrFail({ where: { profileId: profile.id }, order: { number: 'DESC' } });
    const findOne = EntityManager.prototype.findOne as (this: EntityManager, entity: unknown, options: unknown) => Promise<unknown>;
    const spy = jest.spyOn(EntityManager.prototype, 'findOne').mockImplementation(function (
      this: EntityManager,
      entity: unknown,
      options: unknown,
    ) {
      if (entity !== WeightProfileVersionEntity) return findOne.call(this, entity, options);
      spy.mockRestore();
      return Promise.resolve({ ...latest, number: latest.number - 1 });
    } as never);
    const lost = await save(b, 'csto_military').expect(409);
    expect(lost.body).toMatchObject({ statusCode: 409, errors: [{ field: 'weights' }] });
    expect(await repo(WeightProfileVersionEntity).countBy({ profileId: profile.id })).toBe(numbers.length);
    await Promise.all([a.get(IndexBuilder).settled(), b.get(IndexBuilder).settled()]);
  });

  it('requeues a failed delivery once when two admins retry it at once (200 and 409, one audit entry)', async () => {
    const delivery = await repo(DeliveryEntity).save({
      subscriptionId: null,
      kind: 'test',
      periodKey: 'test:retry-race',
      recipient: 'ops@example.com',
      status: 'failed',
      attempts: 6,
      nextAttemptAt: null,
      lastError: '550 mailbox unavailable',
    });
    const answers = await Promise.all([
      http(a).post(API_ROUTES.deliveryRetry(delivery.id)).set(bearer()),
      http(b).post(API_ROUTES.deliveryRetry(delivery.id)).set(bearer()),
    ]);
    expect(sorted(answers.map((r) => r.status))).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.message).toMatch(/is pending; only failed or cancelled/);
    expect(await repo(DeliveryEntity).findOneByOrFail({ id: delivery.id })).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await repo(AuditEntryEntity).countBy({ action: 'delivery.retry', entityId: String(delivery.id) })).toBe(1);
  });

  describe('with a slow SMTP server that answers "451 try again later"', () => {
    let smtp: TestSmtpServer;
    let sender: NestExpressApplication;

    beforeAll(async () => {
      smtp = await startSmtpServer({ delayMs: 1500, reject: { responseCode: 451, message: 'Try again later' } });
      sender = await startTestApp(db, { env: { SMTP_URL: smtp.url } });
    });

    afterAll(async () => {
      await sender.close();
      await smtp.close();
    });

    it('counts the retry delay from the failure, not from the start of the run', async () => {
      await http(a).post(API_ROUTES.subscriptions).set(bearer()).send({ email: 'slow@example.com', cadence: 'monthly' }).expect(201);
      const run = await sender.get(DigestRunner).run({ force: true });
      expect(run).toMatchObject({ sent: 0 });
      expect(run.retrying).toBeGreaterThanOrEqual(1);
      const row = await repo(DeliveryEntity).findOneByOrFail({ recipient: 'slow@example.com' });
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/451/) });
      // One minute after the failure, which came at least the server's 1.5 s after the run started.
      expect((row.nextAttemptAt as Date).getTime() - Date.parse(run.startedAt)).toBeGreaterThanOrEqual(60_000 + 1400);
    });
  });

  it('on shutdown, cuts a connector sync that cannot reach its source short, records it and hands its lease back', async () => {
    const hanging = new ConnectorRegistry([
      {
        key: 'gdelt',
        name: 'GDELT',
        fetch: () => new Promise(() => undefined),
        health: async () => ({ ok: false, detail: 'unreachable', checkedAt: new Date().toISOString() }),
      },
    ]);
    const syncing = await startTestApp(db, { overrides: [{ provide: CONNECTOR_REGISTRY, useValue: hanging }] });
    let closed = false;
    try {
      const token = await tokenFor(syncing, 'admin');
      await http(syncing)
        .post(API_ROUTES.connectorSync('gdelt'))
        .set({ Authorization: `Bearer ${token}` })
        .expect(202);
      // close() returns although the source never answers (a close that waited would time the test out)
      await syncing.close();
      closed = true;
    } finally {
      if (!closed) await syncing.close();
    }
    const [run] = await repo(ConnectorRunEntity).find({ where: { connectorKey: 'gdelt' }, order: { id: 'DESC' }, take: 1 });
    expect(run).toMatchObject({ status: 'failed', error: 'Interrupted: the API stopped during this sync' });
    expect(await repo(ConnectorLeaseEntity).findOneByOrFail({ connectorKey: 'gdelt' })).toMatchObject({ holder: null, leasedUntil: null });
  });
});
