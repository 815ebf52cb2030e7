import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, ReadEndpoint } from '@kem/api-auth';
import { InvalidInputError, ROUTES } from '@kem/api-http';
import { EvidenceHealthView, IndicatorReviewView } from '@kem/contracts';
import { Body, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EvidenceHealthService } from './evidence-health.service';
import { IndicatorReviewDto } from './indicator-review.dto';

const INDICATOR_KEY = /^[a-z0-9_]{1,64}$/;

@ApiController('indicators', { access: 'analyst' })
export class EvidenceHealthController {
  constructor(private readonly health: EvidenceHealthService) {}

  @CreateEndpoint(ROUTES.indicatorReviews, 'IndicatorReviewView', {
    summary:
      '"Reviewed — no change" (analyst): the indicator was checked today and nothing needs adding; it is fresh again. Audited; the index is rebuilt in the background',
    answer: 'Recorded',
  })
  review(
    @Param('key') key: string,
    @Body() body: IndicatorReviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IndicatorReviewView> {
    if (!INDICATOR_KEY.test(key)) throw InvalidInputError.field('key', 'must be an indicator key such as cpc_pipeline');
    return this.health.review(key, body ?? {}, user);
  }

  @ReadEndpoint(ROUTES.evidenceHealth, 'EvidenceHealthView', {
    summary:
      'Evidence health (analyst): per indicator the last event, last review and freshness; the structural series’ latest vintages (stale ones flagged); each connector’s last success and last failure with the error in words',
  })
  @ApiTags('evidence')
  evidenceHealth(): Promise<EvidenceHealthView> {
    return this.health.health();
  }
}
