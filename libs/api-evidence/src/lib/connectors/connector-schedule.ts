import { APP_CONFIG, AppConfig, startCronJob } from '@kem/api-config';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ConnectorRegistry } from '@kem/api-connectors';
import { CONNECTOR_REGISTRY } from './connector-registry.provider';
import { ConnectorSyncService } from './connector-sync.service';

/** Registers the connectors' cron job (from CONNECTORS_CRON) unless schedules are switched off. */
@Injectable()
export class ConnectorSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(ConnectorSchedule.name);

  constructor(
    private readonly scheduler: SchedulerRegistry,
    private readonly sync: ConnectorSyncService,
    @Inject(CONNECTOR_REGISTRY) private readonly registry: ConnectorRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulesEnabled) return;
    startCronJob(this.scheduler, 'connectors', this.config.connectors.cron, () => this.syncAll());
    this.logger.log(`Connectors sync on "${this.config.connectors.cron}" (UTC)`);
  }

  private async syncAll(): Promise<void> {
    for (const key of this.registry.keys()) {
      await this.sync.start(key, 'schedule').catch((e: Error) => this.logger.log(`${key}: ${e.message}`));
    }
  }
}
