import { CLOCK, Clock } from '@kem/api-config';
import { Public } from '@kem/api-auth';
import { IndicatorEntity } from '@kem/api-data';
import { IndexExplanationView, IndexSeriesView, IndexUncertaintyView, LatestIndexView, ScoreHistoryView } from '@kem/contracts';
import { DataSource } from 'typeorm';
import { Controller, Get, Query, Res, Inject } from '@nestjs/common';
import { addDays } from '@kem/scoring';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IndexExplainer } from './index-explainer.service';
import { IndexQueryDto, ProfileQueryDto, RangeQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';
import { SerialisedCache, SerialisedResponse } from './serialised-cache';
import { ServedIndex } from './served-index';

/** Ten years of daily points serialise to ~2 MB: materialised responses are serialised once per build. */
const seriesCache = new SerialisedCache(32);

function sendSerialised(res: Response, serialised: SerialisedResponse): void {
  // Express answers 304 itself when If-None-Match matches this ETag.
  res.setHeader('ETag', serialised.etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.type('application/json').send(serialised.body);
}

@ApiTags('index')
@ApiServiceUnavailableResponse({ description: 'The index is still being computed after a start or a weight change' })
@Controller('index')
export class IndexController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reader: IndexReader,
    private readonly explainer: IndexExplainer,
    private readonly served: ServedIndex,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The exposure index over time under a weight profile (materialised; ETag)' })
  @ApiOkResponse({ description: 'IndexSeriesView' })
  async series(@Query() q: IndexQueryDto, @Res() res: Response): Promise<void> {
    const { version, build } = await this.served.resolve(q.profile);
    const key = [version.id, build.computedAt?.getTime(), q.from, q.to, q.interval].join('|');
    sendSerialised(res, await seriesCache.get(key, (): Promise<IndexSeriesView> => this.reader.series(q.profile, q.from, q.to, q.interval)));
  }

  @Public()
  @Get('latest')
  @ApiOperation({ summary: 'Today’s value, band, changes over 7/30/90 days, top movers and due-diligence actions' })
  latest(@Query() q: ProfileQueryDto): Promise<LatestIndexView> {
    return this.reader.latest(q.profile);
  }

  @Public()
  @Get('explain')
  @ApiOperation({ summary: 'Exact attribution of the change between two days to indicators and the events behind them' })
  async explain(@Query() q: RangeQueryDto): Promise<IndexExplanationView> {
    const { profile, version, build } = await this.served.resolve(q.profile);
    const to = q.to ?? build.lastDay ?? this.clock.today();
    return this.explainer.explain(profile, version, q.from ?? addDays(to, -30), to);
  }

  @Public()
  @Get('scores')
  @ApiOperation({ summary: 'Every indicator’s daily score as one table, for re-weighting in the browser (live weight preview)' })
  async scores(@Query() q: RangeQueryDto): Promise<ScoreHistoryView> {
    const keys = (await this.dataSource.getRepository(IndicatorEntity).find({ select: { key: true }, order: { position: 'ASC', key: 'ASC' } })).map((i) => i.key);
    return this.reader.scoreHistory(keys, q.from, q.to);
  }

  @Public()
  @Get('uncertainty')
  @ApiOperation({ summary: 'The 5–95 % band of the index under perturbed weights and severities' })
  uncertainty(@Query() q: RangeQueryDto): Promise<IndexUncertaintyView> {
    return this.reader.uncertainty(q.profile, q.from, q.to);
  }
}
