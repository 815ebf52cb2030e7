import { DeliveryEntity } from '@kem/api-data';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { PlannedDelivery } from './due-planner';
import { afterFailure, SEND_LEASE_MS } from './retry-policy';

const INSERT_CHUNK = 100;
const CLAIMABLE = ['pending', 'sending'];

/**
 * The delivery table as a work queue shared by every API instance. A delivery is created once per
 * (subscription, period) — the unique key turns a second insert into a no-op — and is claimed for
 * each attempt by a conditional UPDATE, so exactly one sender holds it at a time. A claim lapses
 * after SEND_LEASE_MS: a sender that crashed mid-delivery leaves it to be tried again.
 */
@Injectable()
export class DeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(DeliveryEntity);
  }

  /** Creates the planned deliveries that do not exist yet, due at `now`; returns how many were new. */
  async queue(planned: readonly PlannedDelivery[], now: Date): Promise<{ digests: number; alerts: number }> {
    const keys = [...new Set(planned.map((p) => p.periodKey))];
    const existing = new Set<string>();
    for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
      const rows = await this.repo.find({ select: { subscriptionId: true, periodKey: true }, where: { periodKey: In(keys.slice(i, i + INSERT_CHUNK)) } });
      rows.forEach((r) => existing.add(`${r.subscriptionId}|${r.periodKey}`));
    }
    const fresh = planned.filter((p) => !existing.has(`${p.subscriptionId}|${p.periodKey}`));
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const values = fresh.slice(i, i + INSERT_CHUNK).map((p) => ({ ...p, status: 'pending' as const, attempts: 0, nextAttemptAt: now }));
      // Another instance may insert the same rows meanwhile: the unique key keeps one of each.
      await this.repo.createQueryBuilder().insert().into(DeliveryEntity).values(values).orIgnore().updateEntity(false).execute();
    }
    return { digests: fresh.filter((p) => p.kind === 'digest').length, alerts: fresh.filter((p) => p.kind === 'alert').length };
  }

  /** A test delivery, due at once; test deliveries belong to no period, so each gets its own key. */
  async createTest(recipient: string, subscriptionId: number | null, context: NonNullable<DeliveryEntity['context']>, now: Date): Promise<DeliveryEntity> {
    return this.repo.save(
      this.repo.create({ subscriptionId, kind: 'test', periodKey: `test:${randomUUID()}`, recipient, status: 'pending', attempts: 0, nextAttemptAt: now, context }),
    );
  }

  /**
   * Claims up to `limit` deliveries that are due at `now` — pending ones whose (next) attempt time
   * has come, and sending ones whose sender's claim lapsed — counting an attempt for each.
   */
  async claim(now: Date, limit: number, onlyIds?: number[]): Promise<{ token: string; deliveries: DeliveryEntity[] }> {
    const token = randomUUID();
    // Another instance may take the rows seen by the SELECT first; then look again for the rest.
    for (;;) {
      const query = this.repo
        .createQueryBuilder('d')
        .select('d.id', 'id')
        .where('d.status IN (:...claimable)', { claimable: CLAIMABLE })
        .andWhere('d.nextAttemptAt <= :now', { now })
        .orderBy('d.id', 'ASC')
        .limit(limit);
      if (onlyIds) query.andWhere('d.id IN (:...onlyIds)', { onlyIds });
      const ids = (await query.getRawMany<{ id: number }>()).map((r) => Number(r.id));
      if (ids.length === 0) return { token, deliveries: [] };
      await this.repo
        .createQueryBuilder()
        .update()
        .set({ status: 'sending', claimToken: token, attempts: () => 'attempts + 1', nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS) })
        .where('id IN (:...ids)', { ids })
        .andWhere('status IN (:...claimable)', { claimable: CLAIMABLE })
        .andWhere('next_attempt_at <= :now', { now })
        .execute();
      const deliveries = await this.repo.find({ where: { claimToken: token, status: 'sending' }, relations: { subscription: true }, order: { id: 'ASC' } });
      if (deliveries.length > 0) return { token, deliveries };
    }
  }

  /** Records the accepted message (in the caller's transaction for the outbox). */
  async markSent(manager: EntityManager, delivery: DeliveryEntity, token: string, sent: { subject: string; messageId: string; transport: 'smtp' | 'outbox'; at: Date }): Promise<void> {
    await manager.update(
      DeliveryEntity,
      { id: delivery.id, claimToken: token },
      { status: 'sent', sentAt: sent.at, subject: sent.subject.slice(0, 300), messageId: sent.messageId, transport: sent.transport, lastError: null, nextAttemptAt: null, claimToken: null },
    );
  }

  /** After a failed attempt: the next one after the backoff delay, or failed for good. */
  async recordFailure(delivery: DeliveryEntity, token: string, error: string, permanent: boolean, now: Date): Promise<'retrying' | 'failed'> {
    const outcome = afterFailure(delivery.attempts, permanent, now);
    await this.repo.update({ id: delivery.id, claimToken: token }, { status: outcome.status, nextAttemptAt: outcome.nextAttemptAt, lastError: error.slice(0, 2000), claimToken: null });
    return outcome.status === 'pending' ? 'retrying' : 'failed';
  }

  async cancel(delivery: DeliveryEntity, token: string, reason: string): Promise<void> {
    await this.repo.update({ id: delivery.id, claimToken: token }, { status: 'cancelled', nextAttemptAt: null, lastError: reason, claimToken: null });
  }

  /** When each subscription's last digest went out ("new since the last digest"). */
  async lastDigestSent(subscriptionIds: number[]): Promise<Map<number, Date>> {
    if (subscriptionIds.length === 0) return new Map();
    const rows = await this.repo
      .createQueryBuilder('d')
      .select('d.subscription_id', 'subscriptionId')
      .addSelect('MAX(d.sent_at)', 'sentAt')
      .where('d.subscription_id IN (:...ids)', { ids: subscriptionIds })
      .andWhere("d.kind = 'digest' AND d.status = 'sent'")
      .groupBy('d.subscription_id')
      .getRawMany<{ subscriptionId: number; sentAt: string | Date }>();
    // SQLite returns the aggregate as its stored UTC text, PostgreSQL as a Date.
    const asDate = (v: string | Date) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
    return new Map(rows.filter((r) => r.sentAt).map((r) => [Number(r.subscriptionId), asDate(r.sentAt)]));
  }
}
