import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiView, InvalidInputError, ROUTES } from '@kem/api-http';
import { EvidenceHealthView, IndicatorReviewView } from '@kem/contracts';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EvidenceHealthService } from './evidence-health.service';
import { IndicatorReviewDto } from './indicator-review.dto';

const INDICATOR_KEY = /^[a-z0-9_]{1,64}$/;

@ApiTags('indicators')
@Controller()
export class EvidenceHealthController {
  constructor(private readonly health: EvidenceHealthService) {}

  @ApiView('IndicatorReviewView', 'Recorded')
  @RequireRole('analyst')
  @Post(ROUTES.indicatorReviews)
  @ApiOperation({
    summary:
      '"Reviewed — no change" (analyst): the indicator was checked today and nothing needs adding; it is fresh again. Audited; the index is rebuilt in the background',
  })
  review(
    @Param('key') key: string,
    @Body() body: IndicatorReviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IndicatorReviewView> {
    if (!INDICATOR_KEY.test(key)) throw InvalidInputError.field('key', 'must be an indicator key such as cpc_pipeline');
    return this.health.review(key, body ?? {}, user);
  }

  @ApiView('EvidenceHealthView')
  @RequireRole('analyst')
  @Get(ROUTES.evidenceHealth)
  @ApiTags('evidence')
  @ApiOperation({
    summary:
      'Evidence health (analyst): per indicator the last event, last review and freshness; the structural series’ latest vintages (stale ones flagged); each connector’s last success and last failure with the error in words',
  })
  evidenceHealth(): Promise<EvidenceHealthView> {
    return this.health.health();
  }
}
