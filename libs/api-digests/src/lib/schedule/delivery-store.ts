import { DeliveryEntity } from '@kem/api-data';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { CLAIM_SETTINGS, ClaimSettings } from './claim-settings';
import { PlannedDelivery } from './due-planner';
import { afterFailure } from './retry-policy';

const INSERT_CHUNK = 100;
const CLAIMABLE = ['pending', 'sending'];

/** The claim on a delivery was lost (it lapsed and another sender took the row): the row is not ours to record. */
export class ClaimLostError extends Error {
  constructor(deliveryId: number) {
    super(`The claim on delivery ${deliveryId} was lost: another sender holds it now`);
    this.name = 'ClaimLostError';
  }
}

export interface Claim {
  token: string;
  deliveries: DeliveryEntity[];
}

/**
 * The delivery table as a work queue shared by every API instance. A delivery is created once per
 * (subscription, period) — the unique key turns a second insert into a no-op — and is claimed for
 * each attempt by a conditional UPDATE, so exactly one sender holds it at a time.
 *
 * A claim is a per-row lease: it lasts `leaseMs` from the moment that row was claimed, its sender
 * renews it while alive (`renew`), and checks it still holds the row, unexpired, right before the
 * side effect (`confirm`, which renews it too). Recording the outcome is conditional on the claim
 * token, so a sender whose claim was taken over records nothing. A lapsed claim means the sender
 * died: anyone may take the row again; a restarted instance hands back its old claims at once.
 */
@Injectable()
export class DeliveryStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLAIM_SETTINGS) private readonly settings: ClaimSettings,
  ) {}

  get leaseMs(): number {
    return this.settings.leaseMs;
  }

  private get repo() {
    return this.dataSource.getRepository(DeliveryEntity);
  }

  /** Creates the planned deliveries that do not exist yet, due at `now`; returns how many were new. */
  async queue(planned: readonly PlannedDelivery[], now: Date): Promise<{ digests: number; alerts: number }> {
    const keys = [...new Set(planned.map((p) => p.periodKey))];
    const existing = new Set<string>();
    for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
      const rows = await this.repo.find({
        select: { subscriptionId: true, periodKey: true },
        where: { periodKey: In(keys.slice(i, i + INSERT_CHUNK)) },
      });
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
  async createTest(
    recipient: string,
    subscriptionId: number | null,
    context: NonNullable<DeliveryEntity['context']>,
    now: Date,
  ): Promise<DeliveryEntity> {
    return this.repo.save(
      this.repo.create({
        subscriptionId,
        kind: 'test',
        periodKey: `test:${randomUUID()}`,
        recipient,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        context,
      }),
    );
  }

  /**
   * Claims up to `limit` deliveries that are due at `now` — pending ones whose (next) attempt time
   * has come, and sending ones whose sender's claim lapsed — counting an attempt for each. Each
   * claim lasts `leaseMs` from `now`, the moment of this claim.
   */
  async claim(now: Date, limit: number, onlyIds?: number[]): Promise<Claim> {
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
        .set({
          status: 'sending',
          claimToken: token,
          claimedBy: this.settings.instanceId,
          attempts: () => 'attempts + 1',
          nextAttemptAt: this.until(now),
        })
        .where('id IN (:...ids)', { ids })
        .andWhere('status IN (:...claimable)', { claimable: CLAIMABLE })
        .andWhere('next_attempt_at <= :now', { now })
        .execute();
      const deliveries = await this.repo.find({
        where: { claimToken: token, status: 'sending' },
        relations: { subscription: true },
        order: { id: 'ASC' },
      });
      if (deliveries.length > 0) return { token, deliveries };
    }
  }

  /** Extends the unexpired claims of `token` by a lease from `now`; a lapsed claim stays lost. Returns how many. */
  async renew(token: string, now: Date): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ nextAttemptAt: this.until(now) })
      .where('claim_token = :token AND status = :sending AND next_attempt_at > :now', { token, sending: 'sending', now })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * The check before the side effect: true, with the lease renewed from `now`, only if this claim
   * still holds the delivery and has not lapsed. False: someone else may be sending it — do not.
   */
  async confirm(delivery: DeliveryEntity, token: string, now: Date): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ nextAttemptAt: this.until(now) })
      .where('id = :id AND claim_token = :token AND status = :sending AND next_attempt_at > :now', {
        id: delivery.id,
        token,
        sending: 'sending',
        now,
      })
      .execute();
    return result.affected === 1;
  }

  /**
   * Records the accepted message (in the caller's transaction for the outbox). Throws ClaimLostError
   * when the claim is no longer this sender's: another sender took the row over, and recording it
   * here would hide that it may go out twice (or, for the outbox, roll the stored message back).
   */
  async markSent(
    manager: EntityManager,
    delivery: DeliveryEntity,
    token: string,
    sent: { subject: string; messageId: string; transport: 'smtp' | 'outbox'; at: Date },
  ): Promise<void> {
    const result = await manager.update(
      DeliveryEntity,
      { id: delivery.id, claimToken: token, status: 'sending' },
      {
        status: 'sent',
        sentAt: sent.at,
        subject: sent.subject.slice(0, 300),
        messageId: sent.messageId,
        transport: sent.transport,
        lastError: null,
        nextAttemptAt: null,
        claimToken: null,
        claimedBy: null,
      },
    );
    if (result.affected !== 1) throw new ClaimLostError(delivery.id);
  }

  /** After a failed attempt at `now` (the failure's time): the next one after the backoff delay, or failed for good. */
  async recordFailure(
    delivery: DeliveryEntity,
    token: string,
    error: string,
    permanent: boolean,
    now: Date,
  ): Promise<'retrying' | 'failed' | 'lost'> {
    const outcome = afterFailure(delivery.attempts, permanent, now);
    const result = await this.repo.update(
      { id: delivery.id, claimToken: token, status: 'sending' },
      { status: outcome.status, nextAttemptAt: outcome.nextAttemptAt, lastError: error.slice(0, 2000), claimToken: null, claimedBy: null },
    );
    if (result.affected !== 1) return 'lost';
    return outcome.status === 'pending' ? 'retrying' : 'failed';
  }

  async cancel(delivery: DeliveryEntity, token: string, reason: string): Promise<boolean> {
    const result = await this.repo.update(
      { id: delivery.id, claimToken: token, status: 'sending' },
      { status: 'cancelled', nextAttemptAt: null, lastError: reason, claimToken: null, claimedBy: null },
    );
    return result.affected === 1;
  }

  /** Hands claimed deliveries that were not attempted back (shutdown): due again at `now`, the attempt not counted. */
  async release(token: string, ids: number[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ status: 'pending', claimToken: null, claimedBy: null, nextAttemptAt: now, attempts: () => 'attempts - 1' })
      .where('id IN (:...ids) AND claim_token = :token AND status = :sending', { ids, token, sending: 'sending' })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * At start: claims this instance (same INSTANCE_ID) still held when it last stopped — it crashed —
   * are handed back, due at once, instead of waiting for their leases to lapse. Returns how many.
   */
  async releaseOwn(now: Date): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ status: 'pending', claimToken: null, claimedBy: null, nextAttemptAt: now })
      .where('status = :sending AND claimed_by = :me', { sending: 'sending', me: this.settings.instanceId })
      .execute();
    return result.affected ?? 0;
  }

  /** Whether a sender's claim lapsed at `now` (it died): its deliveries wait for the next due check. */
  async hasLapsedClaims(now: Date): Promise<boolean> {
    return this.repo
      .createQueryBuilder('d')
      .where('d.status = :sending AND d.nextAttemptAt <= :now', { sending: 'sending', now })
      .getExists();
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

  private until(now: Date): Date {
    return new Date(now.getTime() + this.settings.leaseMs);
  }
}
