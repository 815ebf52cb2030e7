import { AppConfig, ConfigModule } from '@kem/api-config';
import { AuditModule } from '@kem/api-audit';
import { AuthModule } from '@kem/api-auth';
import { DigestsModule } from '@kem/api-digests';
import { DatabaseModule } from '@kem/api-data';
import { EvidenceModule } from '@kem/api-evidence';
import { ExposureModule } from '@kem/api-exposure';
import { IndexModule } from '@kem/api-index';
import { IndicatorsModule } from '@kem/api-indicators';
import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ScheduleModule.forRoot(),
        DatabaseModule,
        AuthModule,
        IndicatorsModule,
        EvidenceModule,
        IndexModule,
        AuditModule,
        DigestsModule,
        ExposureModule,
      ],
      controllers: [HealthController],
    };
  }
}
