import { Public } from '@kem/api-auth';
import { ApiView, ROUTES } from '@kem/api-http';
import { IndicatorSeriesView } from '@kem/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MethodRangeQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';

@ApiTags('indicators')
@Controller()
export class IndicatorSeriesController {
  constructor(private readonly reader: IndexReader) {}

  @ApiView('IndicatorSeriesView')
  @Public()
  @Get(ROUTES.indicatorSeries)
  @ApiOperation({
    summary: 'An indicator’s daily score 0–100 with its baseline and freshness state per day (method 2; ?method=1 for the previous method)',
  })
  series(@Param('key') key: string, @Query() q: MethodRangeQueryDto): Promise<IndicatorSeriesView> {
    return this.reader.indicatorSeries(key, q.from, q.to, q.method);
  }
}
