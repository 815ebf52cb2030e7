import { AuthenticatedUser, CurrentUser } from '@kem/api-auth';
import { ApiView, ParseIdPipe, ROUTES } from '@kem/api-http';
import { DigestPreviewView, Page, SubscriptionView } from '@kem/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DigestPreviewService } from '../preview/digest-preview.service';
import { SubscriptionQueryDto } from './subscription-query.dto';
import { CreateSubscriptionDto, UpdateSubscriptionDto } from './subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

/** Every signed-in user manages their own subscriptions; admins manage everyone's. */
@ApiTags('digests')
@Controller()
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly previews: DigestPreviewService,
  ) {}

  @ApiView('SubscriptionViewPage')
  @Get(ROUTES.subscriptions)
  @ApiOperation({ summary: 'Subscriptions, by e-mail address: all of them for admins, your own otherwise' })
  list(@Query() q: SubscriptionQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<SubscriptionView>> {
    return this.subscriptions.list(q, user);
  }

  @ApiView('SubscriptionView')
  @Get(ROUTES.subscription)
  @ApiOperation({ summary: 'One subscription' })
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<SubscriptionView> {
    return this.subscriptions.get(id, user);
  }

  @ApiView('SubscriptionView', 'Subscribed')
  @Post(ROUTES.subscriptions)
  @ApiOperation({ summary: 'Subscribe to a digest (daily, weekly or monthly) and threshold alerts' })
  create(@Body() body: CreateSubscriptionDto, @CurrentUser() user: AuthenticatedUser): Promise<SubscriptionView> {
    return this.subscriptions.create(body, user);
  }

  @ApiView('SubscriptionView')
  @Patch(ROUTES.subscription)
  @ApiOperation({ summary: 'Change a subscription; active: false unsubscribes, true subscribes again' })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateSubscriptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SubscriptionView> {
    return this.subscriptions.update(id, body, user);
  }

  @Delete(ROUTES.subscription)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription (its delivery log stays)' })
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.subscriptions.remove(id, user);
  }

  @ApiView('DigestPreviewView')
  @Get(ROUTES.subscriptionPreview)
  @ApiOperation({
    summary: 'The next digest of the subscription, rendered as it would be sent (subject, HTML, text); nothing is sent or stored',
  })
  preview(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<DigestPreviewView> {
    return this.previews.preview(id, user);
  }
}
