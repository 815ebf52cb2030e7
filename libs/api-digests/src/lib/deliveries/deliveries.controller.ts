import { AuthenticatedUser, CurrentUser, RequireRole } from '@kem/api-auth';
import { ApiView, ParseIdPipe, ROUTES } from '@kem/api-http';
import { DeliveryView, Page } from '@kem/contracts';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveriesService } from './deliveries.service';
import { DeliveryQueryDto } from './delivery-query.dto';

/** The delivery log: every digest, alert and test e-mail with its status, attempts and last error. */
@ApiTags('digests')
@RequireRole('admin')
@Controller()
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @ApiView('DeliveryViewPage')
  @Get(ROUTES.deliveries)
  @ApiOperation({ summary: 'Deliveries, newest first, filterable by status, kind, subscription, recipient and day (admin)' })
  list(@Query() q: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    return this.deliveries.list(q);
  }

  @ApiView('DeliveryView', 'Queued again')
  @Post(ROUTES.deliveryRetry)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Queue a failed or cancelled delivery again, with a fresh set of attempts; the next due check sends it (admin)',
  })
  retry(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.deliveries.retry(id, user);
  }
}
