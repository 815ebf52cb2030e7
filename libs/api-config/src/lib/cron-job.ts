import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';

/**
 * Starts `onTick` on a cron setting (checked by loadConfig, and read in UTC like every cron setting)
 * and registers the job with Nest's scheduler as `name`, which stops it when the application shuts down.
 */
export function startCronJob(scheduler: SchedulerRegistry, name: string, cronTime: string, onTick: () => Promise<void>): void {
  const job = CronJob.from({ cronTime, timeZone: 'UTC', onTick });
  scheduler.addCronJob(name, job);
  job.start();
}
