import { CLOCK, Clock } from '@kem/api-config';
import { AuthenticatedUser } from '@kem/api-auth';
import { DeliveryEntity, SubscriptionEntity, UserEntity, WeightProfileEntity } from '@kem/api-data';
import { InvalidInputError, NotFoundError } from '@kem/api-http';
import { DEFAULT_TIME_ZONE, DeliveryView, DigestPreviewView, TestDigestRequest } from '@kem/contracts';
import { Injectable, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DigestContent } from '../content/digest-content.service';
import { toDeliveryView } from '../deliveries/delivery-view';
import { inlineImages } from '../mail/compose-message';
import { DigestMailer } from '../mail/digest-mailer';
import { DeliveryStore } from '../schedule/delivery-store';
import { TestContext } from '../schedule/delivery-sender';
import { DigestRunner } from '../schedule/digest-runner.service';
import { digestDue, localTime, nextDigestAt, periodAt } from '../schedule/periods';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { signUnsubscribeToken } from '../unsubscribe/unsubscribe-token';

/** What admins (and owners) look at before anything is sent: a preview of the next digest, and a test send. */
@Injectable()
export class DigestPreviewService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsService,
    private readonly content: DigestContent,
    private readonly mailer: DigestMailer,
    private readonly store: DeliveryStore,
    private readonly runner: DigestRunner,
  ) {}

  /** The subscription's next digest rendered exactly as it would go out; nothing is stored or sent. */
  async preview(id: number, actor: AuthenticatedUser): Promise<DigestPreviewView> {
    const sub = await this.subscriptions.find(this.dataSource.manager, id, actor);
    const now = this.clock.now();
    const current = digestDue(sub, now, sub.createdAt);
    const exists = await this.dataSource.getRepository(DeliveryEntity).existsBy({ subscriptionId: id, periodKey: current.period.key });
    const next = nextDigestAt(sub, now, sub.createdAt, new Set(exists ? [current.period.key] : []));
    const period = periodAt(sub.cadence, localTime(next, sub.timeZone), sub.sendTime);
    const lastDigestAt = (await this.store.lastDigestSent([id])).get(id) ?? null;
    const { model, chart } = await this.content.digest(this.content.startRun(now), {
      recipientName: sub.displayName,
      profileSlug: (sub.profile as WeightProfileEntity).slug,
      footprintId: sub.footprintId,
      cadence: sub.cadence,
      periodLabel: period.label,
      lastDigestAt,
      unsubscribeUrl: this.content.unsubscribeUrl(signUnsubscribeToken(sub.id, sub.unsubscribeKey)),
    });
    const rendered = this.mailer.digest(model, chart);
    return {
      subscriptionId: id,
      periodKey: period.key,
      period: period.label,
      due: current.due && !exists,
      nextDigestAt: sub.active ? next.toISOString() : null,
      subject: rendered.subject,
      html: inlineImages(rendered),
      text: rendered.text,
    };
  }

  /** Sends the signed-in admin a test digest now (of a subscription, or of a profile and cadence). */
  async sendTest(request: TestDigestRequest, actor: AuthenticatedUser): Promise<DeliveryView> {
    let sub: SubscriptionEntity | null = null;
    if (request.subscriptionId !== undefined) sub = await this.subscriptions.find(this.dataSource.manager, request.subscriptionId, actor);
    const slug = sub?.profile?.slug ?? request.profile ?? 'default';
    if (!sub && !(await this.dataSource.getRepository(WeightProfileEntity).existsBy({ slug, archived: false }))) {
      throw InvalidInputError.field('profile', `unknown profile "${slug}"`);
    }
    const cadence = sub?.cadence ?? request.cadence ?? 'weekly';
    const now = this.clock.now();
    const period = periodAt(cadence, localTime(now, sub?.timeZone ?? DEFAULT_TIME_ZONE), sub?.sendTime ?? '08:00');
    const me = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.id });
    if (!me) throw new NotFoundError('Your account no longer exists');
    const context: TestContext = {
      profile: slug,
      footprintId: sub?.footprintId ?? null,
      cadence,
      periodLabel: period.label,
      name: me.displayName,
    };
    const delivery = await this.store.createTest(me.email, sub?.id ?? null, { ...context }, now);
    await this.runner.deliverNow([delivery.id], now);
    return toDeliveryView(await this.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id: delivery.id }));
  }
}
