import { ApiController, AuthenticatedUser, CurrentUser, ReadEndpoint } from '@kem/api-auth';
import { ApiViewSent, ROUTES } from '@kem/api-http';
import { IndexExplanationView, IndexUncertaintyView, LatestIndexView, ScoreHistoryView } from '@kem/contracts';
import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IndexExplainer } from './index-explainer.service';
import { IndexQueryDto, LatestQueryDto, MethodRangeQueryDto, OverviewQueryDto, RangeQueryDto } from './index-query.dto';
import { IndexOverviews } from './index-overviews.service';
import { IndexReader } from './index-reader.service';
import { sendSerialised } from './serialised-cache';
import { SeriesResponses } from './series-responses.service';

@ApiController('index', { access: 'public' })
@ApiServiceUnavailableResponse({ description: 'The index is still being computed after a start or a weight change' })
export class IndexController {
  constructor(
    private readonly reader: IndexReader,
    private readonly explainer: IndexExplainer,
    private readonly seriesResponses: SeriesResponses,
    private readonly overviews: IndexOverviews,
  ) {}

  @ApiViewSent('IndexSeriesView', 'The series (sent pre-serialised: SeriesResponses types what it serialises)')
  @Get(ROUTES.index)
  @ApiOperation({
    summary:
      'The exposure index over time under a weight profile, with per-indicator scores, freshness and coverage. Method 2 by default (?method=1: the previous method, for comparison); ?asOf=YYYY-MM-DD: as known on that day (computed on demand, cached; rate-limited for anonymous callers)',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many uncached point-in-time requests' })
  async series(@Query() q: IndexQueryDto, @CurrentUser() user: AuthenticatedUser | null, @Res() res: Response): Promise<void> {
    sendSerialised(res, await this.seriesResponses.series(q, user === null));
  }

  @ApiViewSent('IndexOverviewView', 'Today’s value and the range as columns (sent pre-serialised: IndexOverviews types what it serialises)')
  @Get(ROUTES.indexOverview)
  @ApiOperation({
    summary:
      'What the overview shows first, in one response: today’s value (as /index/latest) and the range’s series as columns (as /index, one array per field, no repeated keys)',
  })
  async overview(@Query() q: OverviewQueryDto, @Res() res: Response): Promise<void> {
    sendSerialised(res, await this.overviews.country(q));
  }

  @ReadEndpoint(ROUTES.indexLatest, 'LatestIndexView', {
    summary:
      'Today’s value (null with a reason when no indicator is monitored), band, changes over 7/30/90 days, per-indicator scores and freshness, "no new evidence for N days", top movers and due-diligence actions; ?asOf= as known on a past day',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many uncached point-in-time requests' })
  latest(@Query() q: LatestQueryDto, @CurrentUser() user: AuthenticatedUser | null): Promise<LatestIndexView> {
    return this.reader.latest(q.profile, { method: q.method, asOf: q.asOf ?? null, anonymous: user === null });
  }

  @ReadEndpoint(ROUTES.indexExplain, 'IndexExplanationView', {
    summary:
      'What changed between two days (method 2): new evidence, fading of old evidence, baseline changes and staleness told apart, per indicator, with the events behind them',
  })
  explain(@Query() q: RangeQueryDto): Promise<IndexExplanationView> {
    return this.explainer.explainRange(q.profile, q.from, q.to);
  }

  @ReadEndpoint(ROUTES.indexScores, 'ScoreHistoryView', {
    summary:
      'Every indicator’s daily score as one table (stored once per evidence revision), for re-weighting in the browser (live weight preview)',
  })
  scores(@Query() q: MethodRangeQueryDto): Promise<ScoreHistoryView> {
    return this.reader.scoreHistory(q.from, q.to, q.method);
  }

  @ReadEndpoint(ROUTES.indexUncertainty, 'IndexUncertaintyView', {
    summary: 'The 5–95 % band of the index (method 2) under perturbed weights, severities, constants, λ and staleness',
  })
  uncertainty(@Query() q: RangeQueryDto): Promise<IndexUncertaintyView> {
    return this.reader.uncertainty(q.profile, q.from, q.to);
  }
}
