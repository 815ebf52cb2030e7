import { ApiController, ReadEndpoint } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import { IndicatorSeriesView } from '@kem/contracts';
import { Param, Query } from '@nestjs/common';
import { MethodRangeQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';

@ApiController('indicators', { access: 'public' })
export class IndicatorSeriesController {
  constructor(private readonly reader: IndexReader) {}

  @ReadEndpoint(ROUTES.indicatorSeries, 'IndicatorSeriesView', {
    summary: 'An indicator’s daily score 0–100 with its baseline and freshness state per day (method 2; ?method=1 for the previous method)',
  })
  series(@Param('key') key: string, @Query() q: MethodRangeQueryDto): Promise<IndicatorSeriesView> {
    return this.reader.indicatorSeries(key, q.from, q.to, q.method);
  }
}
