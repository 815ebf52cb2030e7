import { CLOCK, Clock } from '@kem/api-config';
import { AuthenticatedUser, CurrentUser, Public } from '@kem/api-auth';
import { IndexExplanationView, IndexSeriesView, IndexUncertaintyView, LatestIndexView, ScoreHistoryView } from '@kem/contracts';
import { Controller, Get, Query, Res, Inject } from '@nestjs/common';
import { addDays } from '@kem/scoring';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IndexExplainer } from './index-explainer.service';
import { IndexQueryDto, LatestQueryDto, MethodRangeQueryDto, RangeQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';
import { SerialisedCache, SerialisedResponse } from './serialised-cache';
import { ServedIndex } from './served-index';

/** Ten years of daily points serialise to ~3 MB: materialised responses are serialised once per build. */
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
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'The exposure index over time under a weight profile, with per-indicator scores, freshness and coverage. Method 2 by default (?method=1: the previous method, for comparison); ?asOf=YYYY-MM-DD: as known on that day (computed on demand, cached; rate-limited for anonymous callers)',
  })
  @ApiOkResponse({ description: 'IndexSeriesView' })
  @ApiTooManyRequestsResponse({ description: 'Too many uncached point-in-time requests' })
  async series(@Query() q: IndexQueryDto, @CurrentUser() user: AuthenticatedUser | null, @Res() res: Response): Promise<void> {
    const { version, build } = await this.served.resolve(q.profile);
    const key = [version.id, build.computedAt?.getTime(), build.evidenceRevision, q.from, q.to, q.interval, q.method ?? 2, q.asOf].join(
      '|',
    );
    const options = { method: q.method, asOf: q.asOf ?? null, anonymous: user === null };
    sendSerialised(
      res,
      await seriesCache.get(key, (): Promise<IndexSeriesView> => this.reader.series(q.profile, q.from, q.to, q.interval, options)),
    );
  }

  @Public()
  @Get('latest')
  @ApiOperation({
    summary:
      'Today’s value (null with a reason when no indicator is monitored), band, changes over 7/30/90 days, per-indicator scores and freshness, "no new evidence for N days", top movers and due-diligence actions; ?asOf= as known on a past day',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many uncached point-in-time requests' })
  latest(@Query() q: LatestQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<LatestIndexView> {
    return this.reader.latest(q.profile, { method: q.method, asOf: q.asOf ?? null, anonymous: user === null });
  }

  @Public()
  @Get('explain')
  @ApiOperation({
    summary:
      'What changed between two days (method 2): new evidence, fading of old evidence, baseline changes and staleness told apart, per indicator, with the events behind them',
  })
  async explain(@Query() q: RangeQueryDto): Promise<IndexExplanationView> {
    const served = await this.served.resolve(q.profile);
    const to = q.to ?? served.build.lastDay ?? this.clock.today();
    return this.explainer.explain(served, q.from ?? addDays(to, -30), to);
  }

  @Public()
  @Get('scores')
  @ApiOperation({
    summary:
      'Every indicator’s daily score as one table (stored once per evidence revision), for re-weighting in the browser (live weight preview)',
  })
  scores(@Query() q: MethodRangeQueryDto): Promise<ScoreHistoryView> {
    return this.reader.scoreHistory(q.from, q.to, q.method);
  }

  @Public()
  @Get('uncertainty')
  @ApiOperation({ summary: 'The 5–95 % band of the index (method 2) under perturbed weights, severities, constants, λ and staleness' })
  uncertainty(@Query() q: RangeQueryDto): Promise<IndexUncertaintyView> {
    return this.reader.uncertainty(q.profile, q.from, q.to);
  }
}
