import { SubscriptionEntity } from '@kem/api-data';
import { SubscriptionView } from '@kem/contracts';

/** The API's view of a subscription; the unsubscribe key never leaves the server. */
export function toSubscriptionView(s: SubscriptionEntity, nextDigestAt: Date | null): SubscriptionView {
  return {
    id: s.id,
    email: s.email,
    displayName: s.displayName,
    cadence: s.cadence,
    sendTime: s.sendTime,
    timeZone: s.timeZone,
    profile: { slug: s.profile?.slug ?? '', name: s.profile?.name ?? '' },
    footprint: s.footprint ? { id: s.footprint.id, name: s.footprint.name } : null,
    alerts: { bandChange: s.alertBandChange, riseDay: s.alertRiseDay, riseWeek: s.alertRiseWeek },
    active: s.active,
    unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
    owner: s.owner?.email ?? null,
    nextDigestAt: s.active && nextDigestAt ? nextDigestAt.toISOString() : null,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a subscription. */
export function auditFields(s: SubscriptionEntity) {
  return {
    email: s.email,
    displayName: s.displayName,
    cadence: s.cadence,
    sendTime: s.sendTime,
    timeZone: s.timeZone,
    profileId: s.profileId,
    footprintId: s.footprintId,
    alerts: { bandChange: s.alertBandChange, riseDay: s.alertRiseDay, riseWeek: s.alertRiseWeek },
    active: s.active,
  };
}
