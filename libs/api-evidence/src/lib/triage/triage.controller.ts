import { ActionEndpoint, ApiController, AuthenticatedUser, CurrentUser, ReadEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { TriagePage, TriageResult } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { TriageCorrectionDto, TriageMergeDto, TriageQueryDto, TriageRejectionDto } from './triage-input.dto';
import { TriageService } from './triage.service';

@ApiController('triage', { access: 'analyst' })
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  @ReadEndpoint(ROUTES.triage, 'TriageItemViewPage', {
    summary: 'Draft events oldest first, each with its intake suggestion and reasons (analyst)',
  })
  list(@Query() query: TriageQueryDto): Promise<TriagePage> {
    return this.triage.list(query);
  }

  @ActionEndpoint(ROUTES.triageAccept, 'TriageResult', {
    summary: 'Publish a draft as suggested: its indicator, severity and the suggested family (analyst)',
    answer: 'Published',
  })
  accept(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.accept(id, user);
  }

  @ActionEndpoint(ROUTES.triageCorrect, 'TriageResult', {
    summary: 'Publish a draft with another indicator, severity or family (analyst)',
    answer: 'Published',
  })
  correct(@IdParam() id: number, @Body() body: TriageCorrectionDto, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.correct(id, body, user);
  }

  @ActionEndpoint(ROUTES.triageMerge, 'TriageResult', {
    summary: 'Publish a draft as a follow-up of a published event; it adds no impact to the family (analyst)',
    answer: 'Published as a follow-up',
  })
  merge(@IdParam() id: number, @Body() body: TriageMergeDto, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.merge(id, body, user);
  }

  @ActionEndpoint(ROUTES.triageReject, 'TriageResult', { summary: 'Reject a draft, saying why (analyst)', answer: 'Rejected' })
  reject(@IdParam() id: number, @Body() body: TriageRejectionDto, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.reject(id, body, user);
  }
}
