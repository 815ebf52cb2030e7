import { CLOCK, Clock } from '@kem/api-config';
import { DeliveryEntity, SubscriptionEntity, WeightProfileEntity } from '@kem/api-data';
import { DigestRunView } from '@kem/contracts';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ServedIndex } from '@kem/api-index';
import { addDays } from '@kem/scoring';
import { DataSource } from 'typeorm';
import { ContentRun } from '../content/content-run';
import { DigestContent } from '../content/digest-content.service';
import { DeliveryOutcome, DeliverySender } from './delivery-sender';
import { DeliveryStore } from './delivery-store';
import { planDeliveries, PlannedSubscription, ProfileAlertState } from './due-planner';

/**
 * Senders side by side (the SMTP pool keeps as many connections busy), and deliveries each claims
 * at a time: few, so that several instances share a run's work and a claim held waits little.
 */
const CONCURRENCY = 4;
const CLAIM_BATCH = 5;
/** On shutdown, how long in-flight sends may take to finish before the process lets them go (their claims then lapse). */
const SHUTDOWN_GRACE_MS = 6_000;

export interface RunOptions {
  /** Send every active subscription's digest of the current period, due or not (still once per period). */
  force?: boolean;
  /** The moment the run starts at (tests move it forward to pass retry delays); the run's time runs on from there. */
  now?: Date;
}

/**
 * The due check: plans the digests and alerts owed now, creates their delivery rows (once per
 * subscription and period, whatever other runs or instances do), then claims and sends every due
 * delivery — new ones and retries whose time has come. Runs of one instance queue behind each other.
 *
 * Claims are leases per row, renewed by a heartbeat (every third of DIGEST_CLAIM_LEASE_SECONDS)
 * while this instance holds them, so a run of any length keeps its rows, and a crashed instance's
 * rows are free again one lease after it died. On start, claims left by this instance's previous
 * life (same INSTANCE_ID) are handed back at once; on shutdown, claimed rows not yet attempted are.
 */
@Injectable()
export class DigestRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestRunner.name);
  private queue: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopping = false;
  /** Claims this process holds now, each with the clock of the run that took it. */
  private readonly held = new Map<string, () => Date>();
  private heartbeat: NodeJS.Timeout | null = null;
  /** Charts the last run drew: one per profile it sent for, however many recipients. */
  lastRunCharts = 0;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly store: DeliveryStore,
    private readonly sender: DeliverySender,
    private readonly content: DigestContent,
    private readonly served: ServedIndex,
  ) {}

  get running(): boolean {
    return this.busy;
  }

  async onApplicationBootstrap(): Promise<void> {
    const released = await this.store.releaseOwn(this.clock.now());
    if (released > 0)
      this.logger.warn(`Handed back ${released} deliveries this instance had claimed before it last stopped; they are due again`);
    this.heartbeat = setInterval(() => void this.renewClaims(), Math.max(500, Math.floor(this.store.leaseMs / 3)));
    this.heartbeat.unref();
  }

  /** Stops claiming, hands back what was claimed but not attempted, and waits (briefly) for sends in flight. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), SHUTDOWN_GRACE_MS)));
    const finished = await Promise.race([this.queue.then(() => 'done' as const), grace]);
    clearTimeout(timer);
    if (finished === 'timeout')
      this.logger.warn(
        `Stopping with deliveries still in flight; their claims lapse in ${this.store.leaseMs / 1000} s and they are sent again then`,
      );
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  run(options: RunOptions = {}): Promise<DigestRunView> {
    const result = this.queue.then(() => this.runNow(options.force ?? false, this.runClock(options.now)));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Sends the given deliveries now (a test digest), through the same claim and send path. */
  async deliverNow(ids: number[], now?: Date): Promise<void> {
    const at = this.runClock(now);
    const run = this.content.startRun(at());
    const { token, deliveries } = await this.store.claim(at(), ids.length, ids);
    this.held.set(token, at);
    try {
      for (const delivery of deliveries) await this.sender.deliver(run, delivery, token, null, at);
    } finally {
      this.held.delete(token);
    }
  }

  /** The run's time: the clock, or shifted to start at `startAt` and running on from there. */
  private runClock(startAt?: Date): () => Date {
    const offset = startAt ? startAt.getTime() - this.clock.now().getTime() : 0;
    return () => new Date(this.clock.now().getTime() + offset);
  }

  private async runNow(force: boolean, at: () => Date): Promise<DigestRunView> {
    this.busy = true;
    const startedAt = at();
    try {
      const run = this.content.startRun(startedAt);
      const subscriptions = await this.activeSubscriptions();
      const alertStates = await this.alertStates(subscriptions);
      const queued = await this.store.queue(planDeliveries(subscriptions, startedAt, force, alertStates), startedAt);
      const counts: Record<DeliveryOutcome, number> = { sent: 0, retrying: 0, failed: 0, cancelled: 0, unrecorded: 0, lost: 0 };
      let attempted = 0;
      const worker = async () => {
        while (!this.stopping) {
          const { token, deliveries } = await this.store.claim(at(), CLAIM_BATCH);
          if (deliveries.length === 0) return;
          this.held.set(token, at);
          try {
            const outcomes = await this.sendClaimed(run, deliveries, token, at);
            for (const outcome of outcomes) counts[outcome]++;
            attempted += outcomes.filter((o) => o !== 'lost').length;
          } finally {
            this.held.delete(token);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const view: DigestRunView = {
        startedAt: startedAt.toISOString(),
        finishedAt: at().toISOString(),
        force,
        queued,
        attempted,
        sent: counts.sent,
        retrying: counts.retrying + counts.unrecorded,
        failed: counts.failed,
        cancelled: counts.cancelled,
      };
      this.lastRunCharts = run.chartsDrawn;
      if (attempted > 0) this.logger.log(`Digest run: ${JSON.stringify(view)}, ${run.chartsDrawn} chart(s) drawn`);
      if (counts.lost > 0) this.logger.warn(`Digest run: ${counts.lost} claim(s) lapsed before sending and were left to their new holder`);
      return view;
    } finally {
      this.busy = false;
    }
  }

  /** Sends one claim's deliveries in turn; on shutdown, hands back the ones not attempted yet. */
  private async sendClaimed(run: ContentRun, deliveries: DeliveryEntity[], token: string, at: () => Date): Promise<DeliveryOutcome[]> {
    const lastDigest = await this.store.lastDigestSent([
      ...new Set(deliveries.map((d) => d.subscriptionId).filter((id): id is number => id !== null)),
    ]);
    const outcomes: DeliveryOutcome[] = [];
    for (const [i, delivery] of deliveries.entries()) {
      if (this.stopping) {
        const released = await this.store.release(
          token,
          deliveries.slice(i).map((d) => d.id),
          at(),
        );
        if (released > 0) this.logger.log(`Shutting down: handed back ${released} claimed deliveries not yet attempted`);
        break;
      }
      outcomes.push(
        await this.sender.deliver(
          run,
          delivery,
          token,
          delivery.subscriptionId ? (lastDigest.get(delivery.subscriptionId) ?? null) : null,
          at,
        ),
      );
    }
    return outcomes;
  }

  /** The heartbeat: renews every claim this process holds, each from its own run's time. */
  private async renewClaims(): Promise<void> {
    for (const [token, at] of [...this.held]) {
      await this.store.renew(token, at()).catch((e: Error) => this.logger.warn(`Could not renew a claim on deliveries: ${e.message}`));
    }
  }

  private async activeSubscriptions(): Promise<PlannedSubscription[]> {
    const slugs = new Map(
      (await this.dataSource.getRepository(WeightProfileEntity).find({ select: { id: true, slug: true } })).map((p) => [p.id, p.slug]),
    );
    const rows = await this.dataSource.getRepository(SubscriptionEntity).find({
      select: {
        id: true,
        email: true,
        cadence: true,
        sendTime: true,
        timeZone: true,
        createdAt: true,
        profileId: true,
        alertBandChange: true,
        alertRiseDay: true,
        alertRiseWeek: true,
      },
      where: { active: true },
      order: { id: 'ASC' },
    });
    return rows.map((s) => ({ ...s, profileSlug: slugs.get(s.profileId) ?? '' }));
  }

  /** Latest, previous and week-old days of the served (materialised) index of every profile someone watches for alerts. */
  private async alertStates(subscriptions: PlannedSubscription[]): Promise<Map<string, ProfileAlertState>> {
    const watched = new Set(
      subscriptions.filter((s) => s.alertBandChange || s.alertRiseDay !== null || s.alertRiseWeek !== null).map((s) => s.profileSlug),
    );
    const states = new Map<string, ProfileAlertState>();
    for (const slug of watched) {
      try {
        const { version } = await this.served.resolve(slug);
        const latest = await this.served.latestPoint(version.id);
        // no value today (every indicator unmonitored): nothing to alert on
        if (!latest || latest.value === null || latest.band === null) continue;
        const byDate = new Map((await this.served.points(version.id, addDays(latest.date, -7), latest.date)).map((p) => [p.date, p]));
        const point = (days: number) => {
          const p = byDate.get(addDays(latest.date, -days));
          return p && p.value !== null && p.band !== null ? { value: p.value, band: p.band } : null;
        };
        states.set(slug, {
          date: latest.date,
          value: latest.value,
          band: latest.band,
          yesterday: point(1),
          weekAgo: point(7),
        });
      } catch (error) {
        this.logger.warn(`Alerts of profile ${slug} not checked: ${(error as Error).message}`);
      }
    }
    return states;
  }
}
