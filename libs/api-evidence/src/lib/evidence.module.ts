import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { IndicatorsModule } from '@kem/api-indicators';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { EventsImportController } from './csv-import/events-import.controller';
import { EventsImportService } from './csv-import/events-import.service';
import { ObservationsImportController } from './csv-import/observations-import.controller';
import { ObservationsImportService } from './csv-import/observations-import.service';
import { ConnectorSchedule } from './connectors/connector-schedule';
import { connectorRegistryProvider } from './connectors/connector-registry.provider';
import { ConnectorShutdown } from './connectors/connector-shutdown';
import { ConnectorSyncService } from './connectors/connector-sync.service';
import { ConnectorsController } from './connectors/connectors.controller';
import { CuratedHistorySeed } from './curated/curated-history.seed';
import { EventsController } from './events/events.controller';
import { EventsService } from './events/events.service';
import { ObservationsController } from './observations/observations.controller';
import { ObservationsService } from './observations/observations.service';
import { TriageController } from './triage/triage.controller';
import { TriageService } from './triage/triage.service';

/** Evidence behind the index: events, observations, CSV import, the curated history and the connectors that feed it. */
@Module({
  imports: [
    // Indicators are seeded before the curated history that refers to them.
    IndicatorsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.importLimitBytes, files: 1 } }),
    }),
  ],
  controllers: [
    EventsImportController,
    ObservationsImportController,
    EventsController,
    ObservationsController,
    ConnectorsController,
    TriageController,
  ],
  providers: [
    EventsService,
    ObservationsService,
    EventsImportService,
    ObservationsImportService,
    CuratedHistorySeed,
    ConnectorShutdown,
    connectorRegistryProvider,
    ConnectorSyncService,
    ConnectorSchedule,
    TriageService,
  ],
  exports: [EventsService, ObservationsService, ConnectorSyncService],
})
export class EvidenceModule {}
