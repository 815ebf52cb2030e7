/** How often a subscriber gets the digest: every day, every ISO week (Mondays), every month (the 1st). */
export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Zone of new subscriptions unless one is given (Kazakhstan, UTC+5). */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';
export const DEFAULT_SEND_TIME = '08:00';

/** Threshold alerts, checked against the served index of the subscription's profile. */
export interface AlertRules {
  /** Alert when today's band differs from yesterday's (either direction). */
  bandChange: boolean;
  /** Alert when the index rose by at least this many points since yesterday; null: off. */
  riseDay: number | null;
  /** Alert when the index rose by at least this many points over seven days; null: off. */
  riseWeek: number | null;
}

export interface SubscriptionView {
  id: number;
  email: string;
  displayName: string | null;
  cadence: Cadence;
  /** Local time of day, HH:MM, in timeZone. */
  sendTime: string;
  /** IANA zone, e.g. Asia/Almaty. */
  timeZone: string;
  profile: { slug: string; name: string };
  /** The company footprint whose index the digest reports instead of the country index; null: the country index. */
  footprint: { id: number; name: string } | null;
  alerts: AlertRules;
  /** False once unsubscribed (by link, one-click or an admin). */
  active: boolean;
  unsubscribedAt: string | null;
  /** E-mail of the user account the subscription belongs to; null for external recipients. */
  owner: string | null;
  /** Next scheduled digest (ISO instant); null when inactive. */
  nextDigestAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateSubscriptionRequest {
  /** Recipient; users may only subscribe their own address (the default), admins anyone. */
  email?: string;
  displayName?: string | null;
  cadence: Cadence;
  /** HH:MM, default 08:00. */
  sendTime?: string;
  /** IANA zone, default Asia/Almaty. */
  timeZone?: string;
  /** Weight profile slug, default "default". */
  profile?: string;
  /**
   * Follow this company footprint's index instead of the country index (null: the country index).
   * Only a footprint the recipient's account may see; the company index weights the default profile.
   */
  footprint?: number | null;
  alerts?: Partial<AlertRules>;
}

export interface UpdateSubscriptionRequest extends Partial<CreateSubscriptionRequest> {
  /** true re-subscribes, false unsubscribes. */
  active?: boolean;
}

export interface SubscriptionQuery {
  /** Part of the e-mail address or display name. */
  q?: string;
  active?: boolean;
  profile?: string;
  page?: number;
  pageSize?: number;
}

/** What the next digest of a subscription would be, rendered exactly as it would be sent; nothing is stored. */
export interface DigestPreviewView {
  subscriptionId: number;
  /** e.g. digest:2026-W48 (an internal key: show `period`) */
  periodKey: string;
  /** The period in words, e.g. "week 48 of 2026". */
  period: string;
  /** True when the digest of that period is due now (the next check sends it). */
  due: boolean;
  nextDigestAt: string | null;
  subject: string;
  /** The HTML part, with the chart inlined as a data: URL so it displays outside a mail client. */
  html: string;
  text: string;
}

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
/**
 * pending: waiting for its (next) attempt; sending: handed to a sender; sent: accepted by the SMTP
 * server or stored in the outbox; failed: gave up (see lastError); cancelled: unsubscribed before sending.
 */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_KINDS = ['digest', 'alert', 'test'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export interface DeliveryView {
  id: number;
  subscriptionId: number | null;
  kind: DeliveryKind;
  /** Unique per subscription: digest:2026-W48, digest:2026-11-24, digest:2026-11, alert:band:2026-11-24 … (an internal key: show `period`) */
  periodKey: string;
  /** What the delivery is for, in words: "week 48 of 2026", "band change on 24 November 2026", "test send". */
  period: string;
  recipient: string;
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** pending: when it is tried (again); sending: when the sender's claim lapses and, if it crashed, the delivery is tried again. */
  nextAttemptAt: string | null;
  lastError: string | null;
  /** Stable Message-ID header; a copy re-sent after a crash carries the same one. */
  messageId: string | null;
  transport: 'smtp' | 'outbox' | null;
  createdAt: string;
  sentAt: string | null;
}

export interface DeliveryQuery {
  status?: DeliveryStatus;
  kind?: DeliveryKind;
  subscriptionId?: number;
  /** Part of the recipient address. */
  recipient?: string;
  /** Created on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Created on or before this day. */
  to?: string;
  page?: number;
  pageSize?: number;
}

/** What one due check did. */
export interface DigestRunView {
  startedAt: string;
  finishedAt: string;
  force: boolean;
  /** New delivery rows created by this run (one per subscription and period). */
  queued: { digests: number; alerts: number };
  /** Deliveries this run tried (new ones and retries that were due). */
  attempted: number;
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  failed: number;
  cancelled: number;
}

export interface TestDigestRequest {
  /** Render this subscription's digest (its profile, cadence and links) but send it to you. */
  subscriptionId?: number;
  /** Profile slug when no subscription is given (default "default"). */
  profile?: string;
  cadence?: Cadence;
}

export interface OutboxMessageView {
  id: number;
  deliveryId: number | null;
  recipient: string;
  subject: string;
  messageId: string;
  sizeBytes: number;
  createdAt: string;
}

export interface OutboxMessageDetailView extends OutboxMessageView {
  /** HTML part with inline images as data: URLs; show it in a sandboxed iframe (srcdoc). */
  html: string;
  text: string;
}

/** Body of an RFC 8058 one-click unsubscribe POST. */
export const ONE_CLICK_UNSUBSCRIBE_BODY = 'List-Unsubscribe=One-Click';
