import { CLOCK, Clock } from '@kem/api-config';
import { DeliveryEntity } from '@kem/api-data';
import type { Cadence } from '@kem/contracts';
import { Injectable, Logger, Inject } from '@nestjs/common';
import { ContentRun, isTransient } from '../content/content-run';
import { DigestContent } from '../content/digest-content.service';
import { AlertFacts, RenderedEmail } from '../content/email-model';
import { DigestMailer, Recipient } from '../mail/digest-mailer';
import { isPermanentSmtpFailure } from '../mail/mail-driver';
import { signUnsubscribeToken } from '../unsubscribe/unsubscribe-token';
import { ClaimLostError, DeliveryStore } from './delivery-store';
import { periodLabel } from './period-label';

/** `lost`: the claim lapsed and was taken over before this sender acted, so it did nothing. */
export type DeliveryOutcome = 'sent' | 'retrying' | 'failed' | 'cancelled' | 'unrecorded' | 'lost';

/** Context of a test delivery: what to render, and the admin's name for the greeting. */
export interface TestContext {
  profile: string;
  /** The footprint whose company index the test digest reports (the subscription's); absent: the country index. */
  footprintId?: number | null;
  cadence: Cadence;
  periodLabel: string;
  name: string | null;
}

interface Prepared {
  rendered: RenderedEmail;
  to: Recipient;
  unsubscribeUrl: string | null;
}

/**
 * Makes and sends the e-mail of one claimed delivery, then records the outcome: sent, tried again
 * later (backoff) or failed for good, or cancelled when the subscription ended meanwhile.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly store: DeliveryStore,
    private readonly content: DigestContent,
    private readonly mailer: DigestMailer,
  ) {}

  /**
   * Sends one claimed delivery and records the outcome. `at` is the sender's clock: failures are
   * dated when they happen (the backoff counts from there), and the claim is confirmed — still this
   * sender's, unexpired, renewed — right before the message is handed over.
   */
  async deliver(
    run: ContentRun,
    delivery: DeliveryEntity,
    token: string,
    lastDigestAt: Date | null,
    at: () => Date = () => this.clock.now(),
  ): Promise<DeliveryOutcome> {
    const sub = delivery.subscription;
    if (delivery.kind !== 'test' && (!sub || !sub.active)) {
      const cancelled = await this.store.cancel(
        delivery,
        token,
        sub ? 'Unsubscribed before it was sent' : 'The subscription was deleted before it was sent',
      );
      return cancelled ? 'cancelled' : 'lost';
    }
    let prepared: Prepared;
    try {
      prepared = await this.prepare(run, delivery, lastDigestAt);
    } catch (error) {
      return this.failed(delivery, token, error, !isTransient(error), at());
    }
    if (!(await this.store.confirm(delivery, token, at()))) {
      this.logger.warn(`Delivery ${delivery.id} not sent: its claim lapsed and another sender may hold it`);
      return 'lost';
    }
    const { rendered, to, unsubscribeUrl } = prepared;
    const subject = rendered.subject;
    let accepted = false;
    try {
      // The record callback keeps only the subject: the message itself can go once handed over.
      await this.mailer.send(rendered, to, delivery, unsubscribeUrl, async (manager, messageId) => {
        accepted = true;
        await this.store.markSent(manager, delivery, token, { subject, messageId, transport: this.mailer.transport, at: at() });
      });
      return 'sent';
    } catch (error) {
      if (!accepted) return this.failed(delivery, token, error, isPermanentSmtpFailure(error), at());
      if (error instanceof ClaimLostError) {
        // Into the outbox, storing and recording share a transaction: nothing was stored, the new holder sends it.
        if (this.mailer.transport === 'outbox') return 'lost';
        this.logger.warn(
          `Delivery ${delivery.id} was handed over after its claim was taken over; the new holder may send it again (same Message-ID)`,
        );
        return 'unrecorded';
      }
      // Accepted by the server, but not recorded: the claim lapses and the delivery is sent again
      // with the same Message-ID (at least once; see ../README.md).
      this.logger.error(
        `Delivery ${delivery.id} was handed over but could not be recorded; it will be sent again: ${(error as Error).message}`,
      );
      return 'unrecorded';
    }
  }

  private async failed(
    delivery: DeliveryEntity,
    token: string,
    error: unknown,
    permanent: boolean,
    failedAt: Date,
  ): Promise<DeliveryOutcome> {
    const message = error instanceof Error ? error.message : String(error);
    const outcome = await this.store.recordFailure(delivery, token, message, permanent, failedAt);
    if (outcome === 'lost') return 'lost';
    this.logger.warn(
      `Delivery ${delivery.id} to ${delivery.recipient} (${delivery.periodKey}) ${outcome === 'failed' ? 'failed for good' : 'will be retried'}: ${message}`,
    );
    return outcome;
  }

  private async prepare(run: ContentRun, delivery: DeliveryEntity, lastDigestAt: Date | null): Promise<Prepared> {
    const sub = delivery.subscription;
    if (delivery.kind === 'test') {
      const ctx = delivery.context as unknown as TestContext;
      const { model, chart } = await this.content.digest(run, {
        recipientName: ctx.name,
        recipientEmail: delivery.recipient,
        profileSlug: ctx.profile,
        footprintId: ctx.footprintId ?? null,
        cadence: ctx.cadence,
        periodLabel: ctx.periodLabel,
        lastDigestAt: null,
        unsubscribeUrl: null,
        test: true,
      });
      return { rendered: this.mailer.test(model, chart), to: { address: delivery.recipient, name: ctx.name }, unsubscribeUrl: null };
    }
    if (!sub) throw new Error(`Delivery ${delivery.id} has no subscription`);
    const profileSlug = await run.profileSlug(sub.profileId);
    const unsubscribeUrl = this.content.unsubscribeUrl(signUnsubscribeToken(sub.id, sub.unsubscribeKey));
    const to = { address: sub.email, name: sub.displayName };
    if (delivery.kind === 'alert') {
      const { model, chart } = await this.content.alert(run, {
        recipientName: sub.displayName,
        profileSlug,
        alert: delivery.context as unknown as AlertFacts,
        unsubscribeUrl,
      });
      return { rendered: this.mailer.alert(model, chart), to, unsubscribeUrl };
    }
    const { model, chart } = await this.content.digest(run, {
      recipientName: sub.displayName,
      recipientEmail: sub.email,
      profileSlug,
      footprintId: sub.footprintId,
      cadence: sub.cadence,
      periodLabel: String(delivery.context?.['periodLabel'] ?? periodLabel(delivery.periodKey)),
      lastDigestAt,
      unsubscribeUrl,
    });
    return { rendered: this.mailer.digest(model, chart), to, unsubscribeUrl };
  }
}
