import { EvidenceModule } from '@kem/api-evidence';
import { Module } from '@nestjs/common';
import { IndexBuilder } from './build/index-builder.service';
import { IndexRefresh } from './build/index-refresh';
import { ScoreStore } from './build/score-store';
import { EvidenceHealthController } from './health/evidence-health.controller';
import { EvidenceHealthService } from './health/evidence-health.service';
import { MethodologyController } from './methodology/methodology.controller';
import { PresetProfilesSeed } from './profiles/preset-profiles.seed';
import { ProfilesController } from './profiles/profiles.controller';
import { ProfilesService } from './profiles/profiles.service';
import { IndexController } from './read/index.controller';
import { IndexExplainer } from './read/index-explainer.service';
import { IndexOverviews } from './read/index-overviews.service';
import { SeriesResponses } from './read/series-responses.service';
import { IndexFrames } from './read/index-frames';
import { IndexReader } from './read/index-reader.service';
import { IndicatorSeriesController } from './read/indicator-series.controller';
import { ServedIndex } from './read/served-index';

/**
 * Weight profiles and the exposure index (scoring method 2, method 1 for comparison): scores stored
 * once per evidence revision, the materialised index per profile version, explanations, freshness,
 * reviews, evidence health and the methodology.
 */
@Module({
  imports: [EvidenceModule],
  controllers: [IndexController, IndicatorSeriesController, ProfilesController, EvidenceHealthController, MethodologyController],
  providers: [
    PresetProfilesSeed,
    ProfilesService,
    ScoreStore,
    IndexBuilder,
    IndexRefresh,
    ServedIndex,
    IndexFrames,
    IndexReader,
    IndexExplainer,
    SeriesResponses,
    IndexOverviews,
    EvidenceHealthService,
  ],
  exports: [IndexBuilder, ServedIndex, IndexFrames, IndexReader, IndexExplainer, IndexOverviews, ScoreStore],
})
export class IndexModule {}
