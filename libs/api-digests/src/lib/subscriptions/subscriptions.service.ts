import { CLOCK, Clock } from '@kem/api-config';
import { AuthenticatedUser } from '@kem/api-auth';
import {
  AuditTrail,
  DeliveryEntity,
  FootprintEntity,
  orOnUniqueViolation,
  SubscriptionEntity,
  UserEntity,
  WeightProfileEntity,
} from '@kem/api-data';
import { canManage } from '@kem/api-exposure';
import { ConflictError, InvalidInputError, NotFoundError, escapeLike, pageWindow } from '@kem/api-http';
import {
  CreateSubscriptionRequest,
  DEFAULT_SEND_TIME,
  DEFAULT_TIME_ZONE,
  Page,
  SubscriptionView,
  UpdateSubscriptionRequest,
} from '@kem/contracts';
import { Injectable, Inject } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { canonicalTimeZone, digestDue, nextDigestAt } from '../schedule/periods';
import { newUnsubscribeKey } from '../unsubscribe/unsubscribe-token';
import { SubscriptionQueryDto } from './subscription-query.dto';
import { auditFields, toSubscriptionView } from './subscription-view';

const isAdmin = (actor: AuthenticatedUser) => actor.role === 'admin';

/**
 * Subscriptions to digests and alerts. Admins manage every subscription; other users only their
 * own, addressed to their own e-mail (anyone else's stays invisible to them: 404). Every change is
 * audited with the subscription before and after.
 *
 * A subscription may follow a company footprint: its digest reports the footprint's company index.
 * Footprints are private, so only a recipient whose account may see the footprint (its owner, or an
 * admin) can follow it; the company index weights the default profile, and alerts stay with the
 * country index (a footprint subscription has none).
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async list(q: SubscriptionQueryDto, actor: AuthenticatedUser): Promise<Page<SubscriptionView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const qb = this.dataSource
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.profile', 'profile')
      .leftJoinAndSelect('s.owner', 'owner')
      .leftJoinAndSelect('s.footprint', 'footprint')
      .orderBy('s.email', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip(skip)
      .take(take);
    if (!isAdmin(actor)) qb.andWhere('s.ownerId = :ownerId', { ownerId: actor.id });
    if (q.active) qb.andWhere('s.active = :active', { active: q.active === 'true' });
    if (q.profile) qb.andWhere('profile.slug = :slug', { slug: q.profile });
    if (q.q) {
      const like = `%${escapeLike(q.q.toLowerCase())}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where("LOWER(s.email) LIKE :like ESCAPE '\\'", { like }).orWhere("LOWER(s.displayName) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: await this.views(rows), total, page, pageSize };
  }

  async get(id: number, actor: AuthenticatedUser): Promise<SubscriptionView> {
    return (await this.views([await this.find(this.dataSource.manager, id, actor)]))[0];
  }

  /** The subscription, if the actor may see it (404 otherwise, as if it did not exist). */
  async find(manager: EntityManager, id: number, actor: AuthenticatedUser | null): Promise<SubscriptionEntity> {
    const sub = await manager.findOne(SubscriptionEntity, { where: { id }, relations: { profile: true, owner: true, footprint: true } });
    if (!sub || (actor && !isAdmin(actor) && sub.ownerId !== actor.id)) throw new NotFoundError(`Subscription ${id} does not exist`);
    return sub;
  }

  /**
   * One active subscription per (e-mail, profile, cadence) of the country index, and per (e-mail,
   * footprint, cadence) of a company index: the look-up gives the friendly message, the partial
   * unique indexes decide when two requests (on two instances) race past it — 409 either way.
   */
  async create(request: CreateSubscriptionRequest, actor: AuthenticatedUser): Promise<SubscriptionView> {
    const email = this.recipient(request.email, actor);
    const saved = await this.inTransaction(
      () => this.duplicate(email, request.cadence),
      async (manager) => {
        const profile = await this.profile(manager, request.profile ?? 'default');
        const footprint = request.footprint ? await this.footprint(manager, request.footprint, email, actor) : null;
        if (footprint) this.footprintRules(profile, { riseDay: null, riseWeek: null, bandChange: false, ...request.alerts });
        const same = footprint ? { footprintId: footprint.id } : { profileId: profile.id, footprintId: IsNull() };
        if (await manager.existsBy(SubscriptionEntity, { email, cadence: request.cadence, active: true, ...same })) {
          throw this.duplicate(email, request.cadence, footprint ? `the ${footprint.name} footprint` : `"${profile.name}"`);
        }
        const sub = await manager.save(
          manager.create(SubscriptionEntity, {
            email,
            displayName: request.displayName?.trim() || null,
            cadence: request.cadence,
            sendTime: request.sendTime ?? DEFAULT_SEND_TIME,
            timeZone: this.timeZone(request.timeZone ?? DEFAULT_TIME_ZONE),
            profileId: profile.id,
            footprintId: footprint?.id ?? null,
            alertBandChange: request.alerts?.bandChange ?? false,
            alertRiseDay: request.alerts?.riseDay ?? null,
            alertRiseWeek: request.alerts?.riseWeek ?? null,
            active: true,
            unsubscribedAt: null,
            unsubscribeKey: newUnsubscribeKey(),
            ownerId: await this.ownerFor(manager, email, actor),
            createdAt: this.clock.now(),
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'subscription.create',
          entityType: 'subscription',
          entityId: sub.id,
          after: auditFields(sub),
        });
        return sub.id;
      },
    );
    return this.get(saved, actor);
  }

  async update(id: number, change: UpdateSubscriptionRequest, actor: AuthenticatedUser): Promise<SubscriptionView> {
    if (Object.values(change).every((v) => v === undefined)) throw new InvalidInputError('Send at least one field to change');
    // Changing address, cadence or profile, or resuming, may meet another active subscription of the same three.
    const taken = () =>
      new ConflictError('Another active subscription already sends this address the same digest (profile or footprint, and cadence)', [
        { field: 'email', message: 'already subscribed to this profile or footprint and cadence' },
      ]);
    await this.inTransaction(taken, async (manager) => {
      const sub = await this.find(manager, id, actor);
      const before = auditFields(sub);
      const patch: Partial<SubscriptionEntity> = {};
      if (change.email !== undefined) {
        patch.email = this.recipient(change.email, actor);
        if (isAdmin(actor)) patch.ownerId = await this.ownerFor(manager, patch.email, actor);
      }
      if (change.displayName !== undefined) patch.displayName = change.displayName?.trim() || null;
      if (change.cadence !== undefined) patch.cadence = change.cadence;
      if (change.sendTime !== undefined) patch.sendTime = change.sendTime;
      if (change.timeZone !== undefined) patch.timeZone = this.timeZone(change.timeZone);
      if (change.profile !== undefined) patch.profileId = (await this.profile(manager, change.profile)).id;
      if (change.alerts?.bandChange !== undefined) patch.alertBandChange = change.alerts.bandChange;
      if (change.alerts?.riseDay !== undefined) patch.alertRiseDay = change.alerts.riseDay;
      if (change.alerts?.riseWeek !== undefined) patch.alertRiseWeek = change.alerts.riseWeek;
      if (change.active !== undefined && change.active !== sub.active) {
        patch.active = change.active;
        patch.unsubscribedAt = change.active ? null : this.clock.now();
      }
      if (change.footprint !== undefined) patch.footprintId = change.footprint;
      const final = { ...sub, ...patch };
      if (final.footprintId !== null) {
        // Re-checked whenever it may change: the recipient must still be allowed to see the footprint.
        if (change.footprint !== undefined || patch.email !== undefined)
          await this.footprint(manager, final.footprintId, final.email, actor);
        this.footprintRules(await manager.findOneByOrFail(WeightProfileEntity, { id: final.profileId }), {
          bandChange: final.alertBandChange,
          riseDay: final.alertRiseDay,
          riseWeek: final.alertRiseWeek,
        });
      }
      await manager.update(SubscriptionEntity, { id }, patch);
      const after = auditFields(await manager.findOneByOrFail(SubscriptionEntity, { id }));
      const action = patch.active === false ? 'subscription.unsubscribe' : 'subscription.update';
      await this.audit.record(manager, actor, { action, entityType: 'subscription', entityId: id, before, after });
    });
    return this.get(id, actor);
  }

  async remove(id: number, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const sub = await this.find(manager, id, actor);
      await this.audit.delete(manager, actor, SubscriptionEntity, { entityType: 'subscription', entityId: id, before: auditFields(sub) });
    });
  }

  /** Ends a subscription from an unsubscribe link (no signed-in user); true if it was active. */
  async unsubscribe(sub: SubscriptionEntity, via: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        SubscriptionEntity,
        { id: sub.id, active: true },
        { active: false, unsubscribedAt: this.clock.now() },
      );
      if (!result.affected) return false;
      await this.audit.record(manager, null, {
        action: 'subscription.unsubscribe',
        entityType: 'subscription',
        entityId: sub.id,
        before: { active: true },
        after: { active: false, via },
      });
      return true;
    });
  }

  private async views(rows: SubscriptionEntity[]): Promise<SubscriptionView[]> {
    const now = this.clock.now();
    const periods = new Map(rows.map((s) => [s.id, digestDue(s, now, s.createdAt).period.key]));
    const delivered = rows.length
      ? await this.dataSource.getRepository(DeliveryEntity).find({
          select: { subscriptionId: true, periodKey: true },
          where: { subscriptionId: In(rows.map((s) => s.id)), periodKey: In([...new Set(periods.values())]) },
        })
      : [];
    const done = new Set(delivered.map((d) => `${d.subscriptionId}|${d.periodKey}`));
    return rows.map((s) =>
      toSubscriptionView(
        s,
        nextDigestAt(s, now, s.createdAt, new Set(done.has(`${s.id}|${periods.get(s.id)}`) ? [periods.get(s.id) as string] : [])),
      ),
    );
  }

  /** A transaction whose unique violation (a concurrent request won) becomes the given 409. */
  private inTransaction<T>(conflict: () => ConflictError, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return orOnUniqueViolation(() => this.dataSource.transaction(work), conflict);
  }

  private duplicate(email: string, cadence: string, what?: string): ConflictError {
    return new ConflictError(`${email} already gets the ${cadence} digest of ${what ?? 'this profile or footprint'}`, [
      { field: 'email', message: 'already subscribed to this profile or footprint and cadence' },
    ]);
  }

  /**
   * The footprint, when both the actor and the recipient's account may see it (its owner, or an
   * admin); otherwise a 400 that names the field and reveals nothing of other people's footprints.
   */
  private async footprint(manager: EntityManager, id: number, email: string, actor: AuthenticatedUser): Promise<FootprintEntity> {
    const footprint = await manager.findOneBy(FootprintEntity, { id });
    if (!footprint || !canManage(actor, footprint.ownerId)) throw InvalidInputError.field('footprint', `you have no footprint ${id}`);
    const recipient = await manager.findOne(UserEntity, { select: { id: true, role: true }, where: { email } });
    if (!recipient || !canManage(recipient, footprint.ownerId)) {
      throw InvalidInputError.field(
        'footprint',
        `footprint ${id} is private to its owner: ${email} must be the account that owns it (or an admin's) to get its digest`,
      );
    }
    return footprint;
  }

  /** A footprint's digest reports its company index, built on the default profile; alerts watch the country index. */
  private footprintRules(
    profile: WeightProfileEntity,
    alerts: { bandChange: boolean; riseDay: number | null; riseWeek: number | null },
  ): void {
    if (profile.slug !== 'default')
      throw InvalidInputError.field('profile', "a footprint's company index weights the default profile: leave profile out or use default");
    if (alerts.bandChange || alerts.riseDay !== null || alerts.riseWeek !== null)
      throw InvalidInputError.field('alerts', 'alerts watch the country index: set them on a subscription without a footprint');
  }

  private recipient(requested: string | undefined, actor: AuthenticatedUser): string {
    const email = (requested ?? actor.email).trim().toLowerCase();
    if (!isAdmin(actor) && email !== actor.email.toLowerCase()) {
      throw InvalidInputError.field('email', `must be your own address (${actor.email}); an admin can subscribe others`);
    }
    return email;
  }

  /** Users own what they create; for admins, the account with the recipient's address (if any) owns it. */
  private async ownerFor(manager: EntityManager, email: string, actor: AuthenticatedUser): Promise<number | null> {
    if (!isAdmin(actor)) return actor.id;
    return (await manager.findOne(UserEntity, { select: { id: true }, where: { email } }))?.id ?? null;
  }

  private async profile(manager: EntityManager, slug: string): Promise<WeightProfileEntity> {
    const profile = await manager.findOneBy(WeightProfileEntity, { slug, archived: false });
    if (profile) return profile;
    const known = (await manager.find(WeightProfileEntity, { where: { archived: false }, order: { id: 'ASC' } })).map((p) => p.slug);
    throw InvalidInputError.field('profile', `unknown profile "${slug}"; known: ${known.join(', ')}`);
  }

  private timeZone(zone: string): string {
    const canonical = canonicalTimeZone(zone.trim());
    if (!canonical) throw InvalidInputError.field('timeZone', `"${zone}" is not an IANA time zone such as Asia/Almaty or Europe/London`);
    return canonical;
  }
}
