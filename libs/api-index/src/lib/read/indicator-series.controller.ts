import { Public } from '@kem/api-auth';
import { IndicatorEntity } from '@kem/api-data';
import { IndicatorSeriesView } from '@kem/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { RangeQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorSeriesController {
  constructor(
    private readonly reader: IndexReader,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get(':key/series')
  @ApiOperation({ summary: 'An indicator’s daily score 0–100' })
  async series(@Param('key') key: string, @Query() q: RangeQueryDto): Promise<IndicatorSeriesView> {
    const known = (await this.dataSource.getRepository(IndicatorEntity).find({ select: { key: true } })).map((i) => i.key);
    return this.reader.indicatorSeries(key, known, q.from, q.to);
  }
}
