import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { CADENCES, Cadence, DeliveryView, DigestRunView, TestDigestRequest } from '@kem/contracts';
import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { DigestPreviewService } from './preview/digest-preview.service';
import { DigestRunner } from './schedule/digest-runner.service';

export class RunQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Send every active subscription’s digest of the current period now, due or not (still once per period)' })
  @IsOptional()
  @IsIn(['true', 'false', '1', '0'], { message: 'force must be true or false' })
  force?: string;
}

export class TestDigestDto implements TestDigestRequest {
  @ApiPropertyOptional({ description: 'Render this subscription’s digest, sent to you' })
  @IsOptional()
  @IsInt()
  @Min(1)
  subscriptionId?: number;

  @ApiPropertyOptional({ example: 'default' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'profile must be a profile slug such as energy-exporter' })
  profile?: string;

  @ApiPropertyOptional({ enum: CADENCES, default: 'weekly' })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;
}

@ApiTags('digests')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('digests')
export class DigestsController {
  constructor(
    private readonly runner: DigestRunner,
    private readonly previews: DigestPreviewService,
  ) {}

  @Post('run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the due check now: send due digests, alerts and retries whose time has come (admin)' })
  run(@Query() q: RunQueryDto): Promise<DigestRunView> {
    return this.runner.run({ force: q.force === 'true' || q.force === '1' });
  }

  @Post('test')
  @ApiOperation({ summary: 'Send yourself a test digest now; answers with its delivery (sent, or pending with the error) (admin)' })
  test(@Body() body: TestDigestDto, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.previews.sendTest(body, user);
  }
}
