import { IndicatorEntity } from '@kem/api-data';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DefaultIndicatorsSeed } from './default-indicators.seed';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorEntity])],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, DefaultIndicatorsSeed],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
