import { DeliveryView, DigestRunView, FootprintView, ProfileView, SubscriptionView } from '@kem/contracts';
import { SessionStore } from '@kem/dashboard-core';
import { aPage } from '@kem/dashboard-core/testing';

export const PROFILES = [
  { id: 1, slug: 'default', name: 'Default', description: '', archived: false, activeVersion: null },
  { id: 2, slug: 'energy-exporter', name: 'Energy exporter', description: '', archived: false, activeVersion: null },
] as unknown as ProfileView[];

/** The footprints the signed-in user may see (GET /api/footprints). */
export const FOOTPRINTS = aPage([{ id: 4, name: 'Caspian Crude LLP', mine: true }] as FootprintView[], { pageSize: 50 });

export function aSubscription(patch: Partial<SubscriptionView> = {}): SubscriptionView {
  return {
    id: 7,
    email: 'risk@example.com',
    displayName: 'Risk desk',
    cadence: 'weekly',
    sendTime: '08:00',
    timeZone: 'Asia/Almaty',
    profile: { slug: 'default', name: 'Default' },
    footprint: null,
    alerts: { bandChange: true, riseDay: null, riseWeek: 5 },
    active: true,
    unsubscribedAt: null,
    owner: 'risk@example.com',
    nextDigestAt: '2026-11-30T03:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...patch,
  };
}

export function aDelivery(patch: Partial<DeliveryView> = {}): DeliveryView {
  return {
    id: 31,
    subscriptionId: 7,
    kind: 'digest',
    periodKey: 'digest:2026-W48',
    period: 'week 48 of 2026',
    recipient: 'risk@example.com',
    subject: 'Kazakhstan exposure: week 48',
    status: 'failed',
    attempts: 5,
    nextAttemptAt: null,
    lastError: '550 mailbox unavailable',
    messageId: '<d31@kem>',
    transport: null,
    createdAt: '2026-11-24T03:00:00.000Z',
    sentAt: null,
    ...patch,
  };
}

/** A forced run of the due check that queued and sent four digests. */
export function aDigestRun(patch: Partial<DigestRunView> = {}): DigestRunView {
  return {
    startedAt: '',
    finishedAt: '',
    force: true,
    queued: { digests: 4, alerts: 0 },
    attempted: 4,
    sent: 4,
    retrying: 0,
    failed: 0,
    cancelled: 0,
    ...patch,
  };
}

/** A SessionStore stand-in for a signed-in user of the given role. */
export function sessionAs(role: 'viewer' | 'admin') {
  return {
    provide: SessionStore,
    useValue: { hasRole: (wanted: string) => wanted === 'viewer' || role === 'admin', user: () => ({ email: 'me@example.com', role }) },
  };
}
