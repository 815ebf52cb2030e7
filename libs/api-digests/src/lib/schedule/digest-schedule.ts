import { APP_CONFIG, AppConfig, CLOCK, Clock, startCronJob } from '@kem/api-config';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DeliveryStore } from './delivery-store';
import { DigestRunner } from './digest-runner.service';

/**
 * Registers the due check (DIGEST_CHECK_CRON, UTC) unless schedules are switched off; the tick only
 * calls the runner. Between ticks, once per claim lease, it looks for claims whose sender died and
 * runs the check at once if there are any, so their deliveries do not wait for the next tick.
 */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestSchedule.name);
  private lapsedCheck: NodeJS.Timeout | null = null;

  constructor(
    private readonly scheduler: SchedulerRegistry,
    private readonly runner: DigestRunner,
    private readonly store: DeliveryStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulesEnabled) return;
    startCronJob(this.scheduler, 'digests', this.config.mail.checkCron, () => this.tick());
    this.lapsedCheck = setInterval(() => void this.pickUpLapsed(), this.store.leaseMs);
    this.lapsedCheck.unref();
    this.logger.log(`Due digests and alerts are checked on "${this.config.mail.checkCron}" (UTC)`);
  }

  onApplicationShutdown(): void {
    if (this.lapsedCheck) clearInterval(this.lapsedCheck);
  }

  private async tick(): Promise<void> {
    if (this.runner.running) return;
    await this.runner.run().catch((e: Error) => this.logger.error(`Digest run failed: ${e.stack ?? e.message}`));
  }

  private async pickUpLapsed(): Promise<void> {
    if (this.runner.running) return;
    try {
      if (await this.store.hasLapsedClaims(this.clock.now())) {
        this.logger.warn('Deliveries claimed by an instance that stopped are due again: sending them now');
        await this.tick();
      }
    } catch (error) {
      this.logger.warn(`Could not look for lapsed claims: ${(error as Error).message}`);
    }
  }
}
