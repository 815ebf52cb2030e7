import { ActionEndpoint, ApiController, AuthenticatedUser, CurrentUser, ReadEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { DeliveryView, Page } from '@kem/contracts';
import { Query } from '@nestjs/common';
import { DeliveriesService } from './deliveries.service';
import { DeliveryQueryDto } from './delivery-query.dto';

/** The delivery log: every digest, alert and test e-mail with its status, attempts and last error. */
@ApiController('digests', { access: 'admin' })
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @ReadEndpoint(ROUTES.deliveries, 'DeliveryViewPage', {
    summary: 'Deliveries, newest first, filterable by status, kind, subscription, recipient and day (admin)',
  })
  list(@Query() q: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    return this.deliveries.list(q);
  }

  @ActionEndpoint(ROUTES.deliveryRetry, 'DeliveryView', {
    summary: 'Queue a failed or cancelled delivery again, with a fresh set of attempts; the next due check sends it (admin)',
    answer: 'Queued again',
  })
  retry(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<DeliveryView> {
    return this.deliveries.retry(id, user);
  }
}
