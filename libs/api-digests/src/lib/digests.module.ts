import { IndexModule } from '@kem/api-index';
import { Module } from '@nestjs/common';
import { DigestContent } from './content/digest-content.service';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DigestsController } from './digests.controller';
import { DigestMailer } from './mail/digest-mailer';
import { mailDriverProvider } from './mail/mail-driver.provider';
import { OutboxController } from './outbox/outbox.controller';
import { OutboxReader } from './outbox/outbox-reader.service';
import { DigestPreviewService } from './preview/digest-preview.service';
import { claimSettingsProvider } from './schedule/claim-settings';
import { DeliverySender } from './schedule/delivery-sender';
import { DeliveryStore } from './schedule/delivery-store';
import { DigestRunner } from './schedule/digest-runner.service';
import { DigestSchedule } from './schedule/digest-schedule';
import { SubscriptionsController } from './subscriptions/subscriptions.controller';
import { SubscriptionsService } from './subscriptions/subscriptions.service';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links.service';

/**
 * Scheduled e-mail digests and threshold alerts: subscriptions, the due check (cron or on demand),
 * deliveries sent once per subscription and period over SMTP or into the in-app outbox, and
 * one-click unsubscribe.
 */
@Module({
  imports: [IndexModule],
  controllers: [SubscriptionsController, DigestsController, DeliveriesController, OutboxController, UnsubscribeController],
  providers: [
    mailDriverProvider,
    claimSettingsProvider,
    DigestMailer,
    DigestContent,
    DeliveryStore,
    DeliverySender,
    DigestRunner,
    DigestSchedule,
    SubscriptionsService,
    DigestPreviewService,
    DeliveriesService,
    OutboxReader,
    UnsubscribeLinks,
  ],
  exports: [DigestRunner, DeliveryStore, DigestMailer],
})
export class DigestsModule {}
