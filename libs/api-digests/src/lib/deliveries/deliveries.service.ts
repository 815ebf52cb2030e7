import { CLOCK, Clock } from '@kem/api-config';
import { AuditActor, AuditTrail, DeliveryEntity, newestFirstPage, whereContains } from '@kem/api-data';
import { ConflictError, NotFoundError } from '@kem/api-http';
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
    return newestFirstPage(this.dataSource, DeliveryEntity, q, {
      at: 'createdAt',
      narrow: (rows) => {
        if (q.status) rows.andWhere('row.status = :status', { status: q.status });
        if (q.kind) rows.andWhere('row.kind = :kind', { kind: q.kind });
        if (q.subscriptionId) rows.andWhere('row.subscriptionId = :sid', { sid: q.subscriptionId });
        whereContains(rows, 'recipient', q.recipient);
      },
      toView: toDeliveryView,
    });
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
