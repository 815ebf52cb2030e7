import { CLOCK, Clock } from '@kem/api-config';
import { AuditActor, AuditTrail, DeliveryEntity } from '@kem/api-data';
import { ConflictError, escapeLike, NotFoundError, pageWindow, startOfNextDay } from '@kem/api-http';
import { DeliveryView, Page } from '@kem/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryQueryDto } from './delivery-query.dto';
import { toDeliveryView } from './delivery-view';

/** Only a delivery that is over (failed, cancelled) may be queued again; anything else is still someone's. */
const REQUEUEABLE = ['failed', 'cancelled'];

/** The delivery log and the admin's "send again". */
@Injectable()
export class DeliveriesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async list(q: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const qb = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip(skip)
      .take(take);
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('d.kind = :kind', { kind: q.kind });
    if (q.subscriptionId) qb.andWhere('d.subscriptionId = :sid', { sid: q.subscriptionId });
    if (q.recipient)
      qb.andWhere("LOWER(d.recipient) LIKE :recipient ESCAPE '\\'", { recipient: `%${escapeLike(q.recipient.toLowerCase())}%` });
    if (q.from) qb.andWhere('d.createdAt >= :from', { from: new Date(`${q.from}T00:00:00Z`) });
    if (q.to) qb.andWhere('d.createdAt < :to', { to: startOfNextDay(q.to) });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toDeliveryView), total, page, pageSize };
  }

  /**
   * Queues a failed or cancelled delivery again with a fresh set of attempts. The status test is part
   * of the UPDATE itself, so of two retries at once (on one instance or two) exactly one requeues
   * the delivery and the other gets 409 — the e-mail is never queued, or sent, twice.
   */
  async retry(id: number, actor: AuditActor): Promise<DeliveryView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(DeliveryEntity, { id });
      if (!before) throw new NotFoundError(`Delivery ${id} does not exist`);
      const result = await manager
        .createQueryBuilder()
        .update(DeliveryEntity)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: this.clock.now(), claimToken: null, claimedBy: null })
        .where('id = :id AND status IN (:...requeueable)', { id, requeueable: REQUEUEABLE })
        .execute();
      if (result.affected !== 1) {
        const now = await manager.findOneBy(DeliveryEntity, { id });
        throw new ConflictError(
          `Delivery ${id} is ${now?.status ?? before.status}; only failed or cancelled deliveries can be queued again`,
        );
      }
      await this.audit.record(manager, actor, {
        action: 'delivery.retry',
        entityType: 'delivery',
        entityId: id,
        before: { status: before.status, lastError: before.lastError },
      });
      return toDeliveryView(await manager.findOneByOrFail(DeliveryEntity, { id }));
    });
  }
}
