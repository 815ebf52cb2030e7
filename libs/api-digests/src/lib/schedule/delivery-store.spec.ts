import { dataSourceOptions, DeliveryEntity, migrate, SubscriptionEntity, WeightProfileEntity } from '@kem/api-data';
import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { DataSource } from 'typeorm';
import { DeliveryStore } from './delivery-store';
import { PlannedDelivery } from './due-planner';
import { MAX_ATTEMPTS, SEND_LEASE_MS } from './retry-policy';

describe.each(testEngines())('delivery store on %s', (engine) => {
  let db: TestDatabase;
  let first: DataSource;
  let second: DataSource;
  let plan: PlannedDelivery[];
  const now = new Date('2026-11-24T03:00:00.000Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  beforeEach(async () => {
    db = await createTestDatabase(engine);
    first = await new DataSource(dataSourceOptions(db.config)).initialize();
    await migrate(first);
    // A second API instance on the same database.
    second = await new DataSource(dataSourceOptions(db.config)).initialize();
    const profile = await first.getRepository(WeightProfileEntity).save({ slug: 'default', name: 'Default', description: '', archived: false, activeVersionId: null });
    const subs = await first.getRepository(SubscriptionEntity).save(
      Array.from({ length: 30 }, (_, i) => ({
        email: `r${i}@example.com`,
        displayName: null,
        cadence: 'weekly' as const,
        sendTime: '08:00',
        timeZone: 'Asia/Almaty',
        profileId: profile.id,
        alertBandChange: false,
        alertRiseDay: null,
        alertRiseWeek: null,
        active: true,
        unsubscribedAt: null,
        unsubscribeKey: 'ab'.repeat(32),
        ownerId: null,
      })),
    );
    plan = subs.map((s) => ({ subscriptionId: s.id, kind: 'digest', periodKey: 'digest:2026-W48', recipient: s.email, context: { periodLabel: 'week 48 of 2026' } }));
  });

  afterEach(async () => {
    await second.destroy();
    await first.destroy();
    await db.drop();
  });

  it('creates one delivery per subscription and period, however often and by whomever it is planned', async () => {
    const results = await Promise.all([new DeliveryStore(first).queue(plan, now), new DeliveryStore(second).queue(plan, now)]);
    expect(results.reduce((n, r) => n + r.digests, 0)).toBeGreaterThanOrEqual(30);
    expect(await new DeliveryStore(first).queue(plan, now)).toEqual({ digests: 0, alerts: 0 });
    expect(await first.getRepository(DeliveryEntity).count()).toBe(30);
    await expect(first.getRepository(DeliveryEntity).insert({ ...plan[0], status: 'pending', attempts: 0, nextAttemptAt: now })).rejects.toThrow();
  });

  it('lets exactly one of two instances claim each delivery', async () => {
    await new DeliveryStore(first).queue(plan, now);
    const claimed: DeliveryEntity[] = [];
    const worker = async (store: DeliveryStore) => {
      for (let batch = await store.claim(now, 7); batch.deliveries.length > 0; batch = await store.claim(now, 7)) claimed.push(...batch.deliveries);
    };
    await Promise.all([worker(new DeliveryStore(first)), worker(new DeliveryStore(second)), worker(new DeliveryStore(first))]);
    expect(claimed).toHaveLength(30);
    expect(new Set(claimed.map((d) => d.id)).size).toBe(30);
    expect(claimed.every((d) => d.status === 'sending' && d.attempts === 1 && d.subscription?.email === d.recipient)).toBe(true);
  });

  it('hands a claimed delivery to someone else only after the claim lapsed (its sender crashed)', async () => {
    const store = new DeliveryStore(first);
    await store.queue(plan.slice(0, 1), now);
    const { deliveries } = await store.claim(now, 10);
    expect(deliveries).toHaveLength(1);
    expect((await store.claim(later(SEND_LEASE_MS - 1000), 10)).deliveries).toEqual([]);
    const retaken = await new DeliveryStore(second).claim(later(SEND_LEASE_MS + 1000), 10);
    expect(retaken.deliveries.map((d) => [d.id, d.attempts])).toEqual([[deliveries[0].id, 2]]);
  });

  it('backs off after failures, then gives up and records the last error', async () => {
    const store = new DeliveryStore(first);
    await store.queue(plan.slice(0, 1), now);
    let at = now;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { token, deliveries } = await store.claim(at, 10);
      expect(deliveries.map((d) => d.attempts)).toEqual([attempt]);
      const outcome = await store.recordFailure(deliveries[0], token, `ECONNREFUSED (attempt ${attempt})`, false, at);
      const row = await first.getRepository(DeliveryEntity).findOneByOrFail({ id: deliveries[0].id });
      if (attempt < MAX_ATTEMPTS) {
        expect(outcome).toBe('retrying');
        expect(row.status).toBe('pending');
        expect((await store.claim(at, 10)).deliveries).toEqual([]);
        at = row.nextAttemptAt as Date;
      } else {
        expect(outcome).toBe('failed');
        expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastError: `ECONNREFUSED (attempt ${MAX_ATTEMPTS})` });
      }
    }
    expect((at.getTime() - now.getTime()) / 60_000).toBe(1 + 5 + 15 + 60 + 240);
  });
});
