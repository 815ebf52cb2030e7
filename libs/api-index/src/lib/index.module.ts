import { Module } from '@nestjs/common';
import { IndexBuilder } from './build/index-builder.service';
import { IndexRefresh } from './build/index-refresh';
import { PresetProfilesSeed } from './profiles/preset-profiles.seed';
import { ProfilesController } from './profiles/profiles.controller';
import { ProfilesService } from './profiles/profiles.service';
import { IndexController } from './read/index.controller';
import { IndexExplainer } from './read/index-explainer.service';
import { IndexReader } from './read/index-reader.service';
import { IndicatorSeriesController } from './read/indicator-series.controller';
import { ServedIndex } from './read/served-index';

/** Weight profiles and the materialised exposure index with its explanations. */
@Module({
  controllers: [IndexController, IndicatorSeriesController, ProfilesController],
  providers: [PresetProfilesSeed, ProfilesService, IndexBuilder, IndexRefresh, ServedIndex, IndexReader, IndexExplainer],
  exports: [IndexBuilder, ServedIndex],
})
export class IndexModule {}
