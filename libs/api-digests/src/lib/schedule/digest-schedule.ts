import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { DigestRunner } from './digest-runner.service';

/** Registers the due check (DIGEST_CHECK_CRON, UTC) unless schedules are switched off; the tick only calls the runner. */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestSchedule.name);

  constructor(
    private readonly scheduler: SchedulerRegistry,
    private readonly runner: DigestRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulesEnabled) return;
    const job = CronJob.from({ cronTime: this.config.mail.checkCron, timeZone: 'UTC', onTick: () => this.tick() });
    this.scheduler.addCronJob('digests', job);
    job.start();
    this.logger.log(`Due digests and alerts are checked on "${this.config.mail.checkCron}" (UTC)`);
  }

  private async tick(): Promise<void> {
    if (this.runner.running) return;
    await this.runner.run().catch((e: Error) => this.logger.error(`Digest run failed: ${e.stack ?? e.message}`));
  }
}
