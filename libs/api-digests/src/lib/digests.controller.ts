import { ActionEndpoint, ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser } from '@kem/api-auth';
import { queryFlag, ROUTES } from '@kem/api-http';
import { DeliveryView, DigestRunView } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { RunQueryDto, TestDigestDto } from './digest-requests.dto';
import { DigestPreviewService } from './preview/digest-preview.service';
import { DigestRunner } from './schedule/digest-runner.service';

@ApiController('digests', { access: 'admin' })
export class DigestsController {
  constructor(
    private readonly runner: DigestRunner,
    private readonly previews: DigestPreviewService,
  ) {}

  @ActionEndpoint(ROUTES.digestsRun, 'DigestRunView', {
    summary: 'Run the due check now: send due digests, alerts and retries whose time has come (admin)',
    answer: 'What the due check sent',
  })
  run(@Query() q: RunQueryDto): Promise<DigestRunView> {
    return this.runner.run({ force: queryFlag(q.force) });
  }

  @CreateEndpoint(ROUTES.digestsTest, 'DeliveryView', {
    summary: 'Send yourself a test digest now; answers with its delivery (sent, or pending with the error) (admin)',
    answer: 'The test digest’s delivery',
  })
  test(@Body() body: TestDigestDto, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.previews.sendTest(body, user);
  }
}
