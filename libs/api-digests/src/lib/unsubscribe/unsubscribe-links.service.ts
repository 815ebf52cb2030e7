import { SubscriptionEntity } from '@kem/api-data';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { UnsubscribeTarget } from './unsubscribe-page';
import { newUnsubscribeKey, tokenSubscriptionId, verifyUnsubscribeToken } from './unsubscribe-token';

/** Checked against when the id is unknown, so both failures take the same work. */
const UNKNOWN_SUBSCRIPTION_KEY = newUnsubscribeKey();

export type ResolvedLink = { sub: SubscriptionEntity; target: UnsubscribeTarget } | { status: number; problem: string };

/** The subscription an unsubscribe link names, and ending it (no signed-in user). */
@Injectable()
export class UnsubscribeLinks {
  private readonly logger = new Logger(UnsubscribeLinks.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  /**
   * The subscription a token names, when its signature matches. An unknown id and a wrong signature
   * get the same answer (and a signature is computed either way), so links cannot be used to find
   * out which subscription ids exist.
   */
  async resolve(token: unknown): Promise<ResolvedLink> {
    const id = typeof token === 'string' ? tokenSubscriptionId(token) : null;
    if (id === null) return { status: 400, problem: 'The link is incomplete: copy the whole address from the e-mail.' };
    const sub = await this.dataSource.getRepository(SubscriptionEntity).findOne({ where: { id }, relations: { profile: true } });
    const signed = verifyUnsubscribeToken(token as string, sub?.unsubscribeKey ?? UNKNOWN_SUBSCRIPTION_KEY);
    if (!sub || !signed)
      return {
        status: 400,
        problem: 'The link is not valid, or its subscription no longer exists; no e-mails are sent for a deleted subscription.',
      };
    return { sub, target: { email: sub.email, profileName: sub.profile?.name ?? '', cadence: sub.cadence } };
  }

  async unsubscribe(sub: SubscriptionEntity): Promise<void> {
    if (await this.subscriptions.unsubscribe(sub, 'link')) this.logger.log(`Subscription ${sub.id} unsubscribed by its link`);
  }
}
