import { CLOCK, Clock } from '@kem/api-config';
import { DeliveryEntity, SubscriptionEntity, WeightProfileEntity } from '@kem/api-data';
import { DigestRunView } from '@kem/contracts';
import { Injectable, Logger, OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContentRun } from '../content/content-run';
import { DigestContent } from '../content/digest-content.service';
import { shiftDay } from '../content/served-profile';
import { DeliveryOutcome, DeliverySender } from './delivery-sender';
import { DeliveryStore } from './delivery-store';
import { planDeliveries, PlannedSubscription, ProfileAlertState } from './due-planner';

/** Deliveries claimed at a time, and sent side by side (the SMTP pool keeps a few connections busy). */
const CLAIM_BATCH = 50;
const CONCURRENCY = 4;

export interface RunOptions {
  /** Send every active subscription's digest of the current period, due or not (still once per period). */
  force?: boolean;
  /** The moment the run acts at (tests move it forward to pass retry delays). */
  now?: Date;
}

/**
 * The due check: plans the digests and alerts owed now, creates their delivery rows (once per
 * subscription and period, whatever other runs or instances do), then claims and sends every due
 * delivery — new ones and retries whose time has come. Runs of one instance queue behind each other.
 */
@Injectable()
export class DigestRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(DigestRunner.name);
  private queue: Promise<unknown> = Promise.resolve();
  private busy = false;
  /** Charts the last run drew: one per profile it sent for, however many recipients. */
  lastRunCharts = 0;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly store: DeliveryStore,
    private readonly sender: DeliverySender,
    private readonly content: DigestContent,
  ) {}

  get running(): boolean {
    return this.busy;
  }

  run(options: RunOptions = {}): Promise<DigestRunView> {
    const result = this.queue.then(() => this.runNow(options.force ?? false, options.now ?? this.clock.now()));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Sends the given deliveries now (a test digest), through the same claim and send path. */
  async deliverNow(ids: number[], now = this.clock.now()): Promise<void> {
    const run = this.content.startRun(now);
    const { token, deliveries } = await this.store.claim(now, ids.length, ids);
    for (const delivery of deliveries) await this.sender.deliver(run, delivery, token, null);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue;
  }

  private async runNow(force: boolean, now: Date): Promise<DigestRunView> {
    this.busy = true;
    const startedAt = this.clock.now();
    try {
      const run = this.content.startRun(now);
      const subscriptions = await this.activeSubscriptions();
      const alertStates = await this.alertStates(run, subscriptions);
      const queued = await this.store.queue(planDeliveries(subscriptions, now, force, alertStates), now);
      const counts: Record<DeliveryOutcome, number> = { sent: 0, retrying: 0, failed: 0, cancelled: 0, unrecorded: 0 };
      let attempted = 0;
      for (;;) {
        const { token, deliveries } = await this.store.claim(now, CLAIM_BATCH);
        if (deliveries.length === 0) break;
        attempted += deliveries.length;
        for (const outcome of await this.sendBatch(run, deliveries, token)) counts[outcome]++;
      }
      const view: DigestRunView = {
        startedAt: startedAt.toISOString(),
        finishedAt: this.clock.now().toISOString(),
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
      return view;
    } finally {
      this.busy = false;
    }
  }

  private async sendBatch(run: ContentRun, deliveries: DeliveryEntity[], token: string): Promise<DeliveryOutcome[]> {
    const lastDigest = await this.store.lastDigestSent([...new Set(deliveries.map((d) => d.subscriptionId).filter((id): id is number => id !== null))]);
    const outcomes: DeliveryOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < deliveries.length) {
        const delivery = deliveries[next++];
        outcomes.push(await this.sender.deliver(run, delivery, token, delivery.subscriptionId ? (lastDigest.get(delivery.subscriptionId) ?? null) : null));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, deliveries.length) }, worker));
    return outcomes;
  }

  private async activeSubscriptions(): Promise<PlannedSubscription[]> {
    const slugs = new Map((await this.dataSource.getRepository(WeightProfileEntity).find({ select: { id: true, slug: true } })).map((p) => [p.id, p.slug]));
    const rows = await this.dataSource.getRepository(SubscriptionEntity).find({
      select: { id: true, email: true, cadence: true, sendTime: true, timeZone: true, createdAt: true, profileId: true, alertBandChange: true, alertRiseDay: true, alertRiseWeek: true },
      where: { active: true },
      order: { id: 'ASC' },
    });
    return rows.map((s) => ({ ...s, profileSlug: slugs.get(s.profileId) ?? '' }));
  }

  /** Latest, previous and week-old index days of every profile someone watches for alerts. */
  private async alertStates(run: ContentRun, subscriptions: PlannedSubscription[]): Promise<Map<string, ProfileAlertState>> {
    const watched = new Set(subscriptions.filter((s) => s.alertBandChange || s.alertRiseDay !== null || s.alertRiseWeek !== null).map((s) => s.profileSlug));
    const states = new Map<string, ProfileAlertState>();
    for (const slug of watched) {
      try {
        const profile = await run.profile(slug);
        const point = (days: number) => {
          const p = profile.byDate.get(shiftDay(profile.latest.date, -days));
          return p ? { value: p.value, band: p.band } : null;
        };
        states.set(slug, { date: profile.latest.date, value: profile.latest.value, band: profile.latest.band, yesterday: point(1), weekAgo: point(7) });
      } catch (error) {
        this.logger.warn(`Alerts of profile ${slug} not checked: ${(error as Error).message}`);
      }
    }
    return states;
  }
}
