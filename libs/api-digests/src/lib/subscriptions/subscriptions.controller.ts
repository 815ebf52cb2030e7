import { ApiController, AuthenticatedUser, CreateEndpoint, CurrentUser, DeleteEndpoint, ReadEndpoint, UpdateEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { DigestPreviewView, Page, SubscriptionView } from '@kem/contracts';
import { Body, Query } from '@nestjs/common';
import { DigestPreviewService } from '../preview/digest-preview.service';
import { SubscriptionQueryDto } from './subscription-query.dto';
import { CreateSubscriptionDto, UpdateSubscriptionDto } from './subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

/** Every signed-in user manages their own subscriptions; admins manage everyone's. */
@ApiController('digests')
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly previews: DigestPreviewService,
  ) {}

  @ReadEndpoint(ROUTES.subscriptions, 'SubscriptionViewPage', {
    summary: 'Subscriptions, by e-mail address: all of them for admins, your own otherwise',
  })
  list(@Query() q: SubscriptionQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<SubscriptionView>> {
    return this.subscriptions.list(q, user);
  }

  @ReadEndpoint(ROUTES.subscription, 'SubscriptionView', { summary: 'One subscription' })
  get(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<SubscriptionView> {
    return this.subscriptions.get(id, user);
  }

  @CreateEndpoint(ROUTES.subscriptions, 'SubscriptionView', {
    summary: 'Subscribe to a digest (daily, weekly or monthly) and threshold alerts',
    answer: 'Subscribed',
  })
  create(@Body() body: CreateSubscriptionDto, @CurrentUser() user: AuthenticatedUser): Promise<SubscriptionView> {
    return this.subscriptions.create(body, user);
  }

  @UpdateEndpoint(ROUTES.subscription, 'SubscriptionView', {
    summary: 'Change a subscription; active: false unsubscribes, true subscribes again',
  })
  update(@IdParam() id: number, @Body() body: UpdateSubscriptionDto, @CurrentUser() user: AuthenticatedUser): Promise<SubscriptionView> {
    return this.subscriptions.update(id, body, user);
  }

  @DeleteEndpoint(ROUTES.subscription, { summary: 'Delete a subscription (its delivery log stays)' })
  remove(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.subscriptions.remove(id, user);
  }

  @ReadEndpoint(ROUTES.subscriptionPreview, 'DigestPreviewView', {
    summary: 'The next digest of the subscription, rendered as it would be sent (subject, HTML, text); nothing is sent or stored',
  })
  preview(@IdParam() id: number, @CurrentUser() user: AuthenticatedUser): Promise<DigestPreviewView> {
    return this.previews.preview(id, user);
  }
}
