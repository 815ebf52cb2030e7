import { dataSourceOptions, DeliveryEntity, migrate, SubscriptionEntity, WeightProfileEntity } from '@kem/api-data';
import { createTestDatabase, TestDatabase, testEngines } from '@kem/api-data/testing';
import { DataSource } from 'typeorm';
import { ClaimLostError, DeliveryStore } from './delivery-store';
import { PlannedDelivery } from './due-planner';
import { MAX_ATTEMPTS } from './retry-policy';

const LEASE_MS = 60_000;
const storeOf = (dataSource: DataSource, instanceId = 'api-1') => new DeliveryStore(dataSource, { instanceId, leaseMs: LEASE_MS });

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
    const profile = await first
      .getRepository(WeightProfileEntity)
      .save({ slug: 'default', name: 'Default', description: '', archived: false, activeVersionId: null });
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
    plan = subs.map((s) => ({
      subscriptionId: s.id,
      kind: 'digest',
      periodKey: 'digest:2026-W48',
      recipient: s.email,
      context: { periodLabel: 'week 48 of 2026' },
    }));
  });

  afterEach(async () => {
    await second.destroy();
    await first.destroy();
    await db.drop();
  });

  it('creates one delivery per subscription and period, however often and by whomever it is planned', async () => {
    const results = await Promise.all([storeOf(first).queue(plan, now), storeOf(second, 'api-2').queue(plan, now)]);
    expect(results.reduce((n, r) => n + r.digests, 0)).toBeGreaterThanOrEqual(30);
    expect(await storeOf(first).queue(plan, now)).toEqual({ digests: 0, alerts: 0 });
    expect(await first.getRepository(DeliveryEntity).count()).toBe(30);
    await expect(
      first.getRepository(DeliveryEntity).insert({ ...plan[0], status: 'pending', attempts: 0, nextAttemptAt: now }),
    ).rejects.toThrow();
  });

  it('lets exactly one of two instances claim each delivery', async () => {
    await storeOf(first).queue(plan, now);
    const claimed: DeliveryEntity[] = [];
    const worker = async (store: DeliveryStore) => {
      for (let batch = await store.claim(now, 7); batch.deliveries.length > 0; batch = await store.claim(now, 7))
        claimed.push(...batch.deliveries);
    };
    await Promise.all([worker(storeOf(first)), worker(storeOf(second, 'api-2')), worker(storeOf(first))]);
    expect(claimed).toHaveLength(30);
    expect(new Set(claimed.map((d) => d.id)).size).toBe(30);
    expect(claimed.every((d) => d.status === 'sending' && d.attempts === 1 && d.subscription?.email === d.recipient)).toBe(true);
  });

  it('hands a claimed delivery to someone else only after the claim lapsed (its sender crashed)', async () => {
    const store = storeOf(first);
    await store.queue(plan.slice(0, 1), now);
    const { deliveries } = await store.claim(now, 10);
    expect(deliveries).toHaveLength(1);
    expect((await store.claim(later(LEASE_MS - 1000), 10)).deliveries).toEqual([]);
    const retaken = await storeOf(second, 'api-2').claim(later(LEASE_MS + 1000), 10);
    expect(retaken.deliveries.map((d) => [d.id, d.attempts])).toEqual([[deliveries[0].id, 2]]);
  });

  it('backs off after failures, then gives up and records the last error', async () => {
    const store = storeOf(first);
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
        expect(row).toMatchObject({
          status: 'failed',
          attempts: MAX_ATTEMPTS,
          nextAttemptAt: null,
          lastError: `ECONNREFUSED (attempt ${MAX_ATTEMPTS})`,
        });
      }
    }
    expect((at.getTime() - now.getTime()) / 60_000).toBe(1 + 5 + 15 + 60 + 240);
  });

  it('times each claim from its own claiming, not from the run start, and renews only unexpired claims', async () => {
    const store = storeOf(first);
    await store.queue(plan.slice(0, 2), now);
    const early = await store.claim(now, 1);
    // The second row is claimed well into the run: its lease counts from then.
    const late = await store.claim(later(LEASE_MS - 1000), 1);
    const until = async (id: number) => (await first.getRepository(DeliveryEntity).findOneByOrFail({ id })).nextAttemptAt?.getTime();
    expect(await until(early.deliveries[0].id)).toBe(now.getTime() + LEASE_MS);
    expect(await until(late.deliveries[0].id)).toBe(now.getTime() + 2 * LEASE_MS - 1000);
    // The heartbeat keeps a live claim: after renewing, nobody can take the row past its first lease.
    expect(await store.renew(early.token, later(LEASE_MS / 2))).toBe(1);
    expect((await storeOf(second, 'api-2').claim(later(LEASE_MS + 1000), 10)).deliveries).toEqual([]);
    // A lapsed claim is not brought back by a late heartbeat.
    expect(await store.renew(early.token, later(LEASE_MS * 2))).toBe(0);
  });

  it('checks ownership before the side effect: a sender whose claim lapsed and was taken over neither sends nor records', async () => {
    const mine = storeOf(first);
    await mine.queue(plan.slice(0, 1), now);
    const { token, deliveries } = await mine.claim(now, 10);
    const [delivery] = deliveries;
    expect(await mine.confirm(delivery, token, later(1000))).toBe(true);
    // The sender stalls past its lease (no heartbeat); another instance takes the row over.
    const theirs = await storeOf(second, 'api-2').claim(later(1000 + LEASE_MS + 1), 10);
    expect(theirs.deliveries.map((d) => d.id)).toEqual([delivery.id]);
    expect(await mine.confirm(delivery, token, later(LEASE_MS + 2000))).toBe(false);
    await expect(
      mine.markSent(first.manager, delivery, token, { subject: 's', messageId: '<m@x>', transport: 'smtp', at: later(LEASE_MS) }),
    ).rejects.toBeInstanceOf(ClaimLostError);
    expect(await mine.recordFailure(delivery, token, 'timeout', false, later(LEASE_MS))).toBe('lost');
    expect(await mine.cancel(delivery, token, 'unsubscribed')).toBe(false);
    expect(await first.getRepository(DeliveryEntity).findOneByOrFail({ id: delivery.id })).toMatchObject({
      status: 'sending',
      claimToken: theirs.token,
      claimedBy: 'api-2',
      attempts: 2,
    });
    // Even unexpired, a claim confirmed by its holder cannot be confirmed with an old token.
    expect(await mine.confirm(delivery, token, later(LEASE_MS + 3000))).toBe(false);
    expect(await storeOf(second, 'api-2').confirm(delivery, theirs.token, later(LEASE_MS + 3000))).toBe(true);
  });

  it('hands back the claims of its own previous life at start, and only those', async () => {
    const crashed = storeOf(first, 'api-1');
    await crashed.queue(plan.slice(0, 4), now);
    await crashed.claim(now, 3);
    await storeOf(second, 'api-2').claim(now, 1);
    // Restarted ten seconds later (well within the lease): api-1's rows are due again at once.
    const restarted = storeOf(second, 'api-1');
    expect(await restarted.releaseOwn(later(10_000))).toBe(3);
    const rows = await first.getRepository(DeliveryEntity).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => [r.status, r.claimedBy])).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
      ['sending', 'api-2'],
    ]);
    expect((await restarted.claim(later(10_000), 10)).deliveries.map((d) => d.attempts)).toEqual([2, 2, 2]);
  });

  it('hands claimed but unattempted deliveries back on shutdown, without counting an attempt', async () => {
    const store = storeOf(first);
    await store.queue(plan.slice(0, 3), now);
    const { token, deliveries } = await store.claim(now, 3);
    expect(
      await store.release(
        token,
        deliveries.slice(1).map((d) => d.id),
        later(1000),
      ),
    ).toBe(2);
    expect(await store.release('someone-else', [deliveries[0].id], later(1000))).toBe(0);
    const rows = await first.getRepository(DeliveryEntity).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['sending', 1],
      ['pending', 0],
      ['pending', 0],
    ]);
    expect(await store.hasLapsedClaims(later(LEASE_MS - 1))).toBe(false);
    expect(await store.hasLapsedClaims(later(LEASE_MS))).toBe(true);
  });
});
