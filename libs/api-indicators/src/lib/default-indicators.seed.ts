import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DEFAULT_INDICATORS } from '@kem/scoring';
import { IndicatorsService } from './indicators.service';

/** Stores the default indicator set on first start (and any default added by a later release). */
@Injectable()
export class DefaultIndicatorsSeed implements OnModuleInit {
  private readonly logger = new Logger(DefaultIndicatorsSeed.name);

  constructor(private readonly indicators: IndicatorsService) {}

  async onModuleInit(): Promise<void> {
    const added = await this.indicators.addMissing(DEFAULT_INDICATORS);
    if (added > 0) this.logger.log(`Stored ${added} default indicators`);
  }
}
