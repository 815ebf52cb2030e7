import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiView, ParseIdPipe, ROUTES } from '@kem/api-http';
import { TriagePage, TriageResult } from '@kem/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TriageCorrectionDto, TriageMergeDto, TriageQueryDto, TriageRejectionDto } from './triage-input.dto';
import { TriageService } from './triage.service';

@ApiTags('triage')
@RequireRole('analyst')
@Controller()
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  @ApiView('TriageItemViewPage')
  @Get(ROUTES.triage)
  @ApiOperation({ summary: 'Draft events oldest first, each with its intake suggestion and reasons (analyst)' })
  list(@Query() query: TriageQueryDto): Promise<TriagePage> {
    return this.triage.list(query);
  }

  @ApiView('TriageResult', 'Published')
  @Post(ROUTES.triageAccept)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft as suggested: its indicator, severity and the suggested family (analyst)' })
  accept(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.accept(id, user);
  }

  @ApiView('TriageResult', 'Published')
  @Post(ROUTES.triageCorrect)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft with another indicator, severity or family (analyst)' })
  correct(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: TriageCorrectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TriageResult> {
    return this.triage.correct(id, body, user);
  }

  @ApiView('TriageResult', 'Published as a follow-up')
  @Post(ROUTES.triageMerge)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft as a follow-up of a published event; it adds no impact to the family (analyst)' })
  merge(@Param('id', ParseIdPipe) id: number, @Body() body: TriageMergeDto, @CurrentUser() user: AuthenticatedUser): Promise<TriageResult> {
    return this.triage.merge(id, body, user);
  }

  @ApiView('TriageResult', 'Rejected')
  @Post(ROUTES.triageReject)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a draft, saying why (analyst)' })
  reject(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: TriageRejectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TriageResult> {
    return this.triage.reject(id, body, user);
  }
}
