import { AuthModule } from '@kem/api-auth';
import { IndexModule } from '@kem/api-index';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FootprintsController } from './footprints/footprints.controller';
import { FootprintsService } from './footprints/footprints.service';
import { ReplayController } from './replay/replay.controller';
import { ScenariosController } from './scenarios/scenarios.controller';
import { ScenariosService } from './scenarios/scenarios.service';
import { CountryIndexAccessGuard } from './shared/country-index-access.guard';
import { ExposureEvidence } from './shared/exposure-evidence.service';
import { ExposureRuleController } from './shared/exposure-rule.controller';

/**
 * Company exposure (footprints and the company index), what-if scenarios and replay (issue 13), and
 * the PUBLIC_COUNTRY_INDEX switch. Reads evidence and weights; never writes evidence or the index.
 */
@Module({
  imports: [AuthModule, IndexModule],
  controllers: [ExposureRuleController, FootprintsController, ScenariosController, ReplayController],
  providers: [ExposureEvidence, FootprintsService, ScenariosService, { provide: APP_GUARD, useClass: CountryIndexAccessGuard }],
})
export class ExposureModule {}
