import { SchedulerRegistry } from '@nestjs/schedule';
import { startCronJob } from './cron-job';

describe('startCronJob', () => {
  it('starts the job on the setting, read in UTC, and registers it under its name for the scheduler to stop', () => {
    const scheduler = new SchedulerRegistry();
    startCronJob(scheduler, 'digests', '*/5 * * * *', async () => undefined);
    const job = scheduler.getCronJob('digests');
    try {
      expect(job.isActive).toBe(true);
      expect(job.cronTime.timeZone).toBe('UTC');
      expect(job.cronTime.source).toBe('*/5 * * * *');
    } finally {
      scheduler.deleteCronJob('digests');
    }
    expect(job.isActive).toBe(false);
  });
});
