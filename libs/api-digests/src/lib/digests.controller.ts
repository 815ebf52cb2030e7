import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiView, ROUTES } from '@kem/api-http';
import { DeliveryView, DigestRunView } from '@kem/contracts';
import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RunQueryDto, TestDigestDto } from './digest-requests.dto';
import { DigestPreviewService } from './preview/digest-preview.service';
import { DigestRunner } from './schedule/digest-runner.service';

@ApiTags('digests')
@RequireRole('admin')
@Controller()
export class DigestsController {
  constructor(
    private readonly runner: DigestRunner,
    private readonly previews: DigestPreviewService,
  ) {}

  @ApiView('DigestRunView', 'What the due check sent')
  @Post(ROUTES.digestsRun)
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the due check now: send due digests, alerts and retries whose time has come (admin)' })
  run(@Query() q: RunQueryDto): Promise<DigestRunView> {
    return this.runner.run({ force: q.force === 'true' || q.force === '1' });
  }

  @ApiView('DeliveryView', 'The test digest’s delivery')
  @Post(ROUTES.digestsTest)
  @ApiOperation({ summary: 'Send yourself a test digest now; answers with its delivery (sent, or pending with the error) (admin)' })
  test(@Body() body: TestDigestDto, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.previews.sendTest(body, user);
  }
}
