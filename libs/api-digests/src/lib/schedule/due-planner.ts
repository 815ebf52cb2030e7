import type { Cadence } from '@kem/contracts';
import { AlertFacts } from '../content/email-model';
import { digestDue } from './periods';

export interface PlannedSubscription {
  id: number;
  email: string;
  cadence: Cadence;
  sendTime: string;
  timeZone: string;
  createdAt: Date;
  profileSlug: string;
  alertBandChange: boolean;
  alertRiseDay: number | null;
  alertRiseWeek: number | null;
}

/** A profile's served index on its latest day, yesterday and a week before. */
export interface ProfileAlertState {
  date: string;
  value: number;
  band: string;
  yesterday: { value: number; band: string } | null;
  weekAgo: { value: number; band: string } | null;
}

export interface PlannedDelivery {
  subscriptionId: number;
  kind: 'digest' | 'alert';
  periodKey: string;
  recipient: string;
  context: Record<string, string | number | boolean | null>;
}

/**
 * Which e-mails are owed at `now`: each subscription's digest once its period's send time has
 * passed (every active subscription's current period with `force`), and an alert for each rule the
 * profile's latest index day triggers, keyed by that day so it fires once. Whether a delivery
 * already exists is left to the unique (subscription, period) key.
 */
export function planDeliveries(
  subscriptions: readonly PlannedSubscription[],
  now: Date,
  force: boolean,
  alertStates: ReadonlyMap<string, ProfileAlertState>,
): PlannedDelivery[] {
  const planned: PlannedDelivery[] = [];
  for (const sub of subscriptions) {
    const { period, due } = digestDue(sub, now, sub.createdAt);
    if (due || force) {
      planned.push({
        subscriptionId: sub.id,
        kind: 'digest',
        periodKey: period.key,
        recipient: sub.email,
        context: { periodLabel: period.label },
      });
    }
    const state = alertStates.get(sub.profileSlug);
    if (state) planned.push(...alertsFor(sub, state));
  }
  return planned;
}

function alertsFor(sub: PlannedSubscription, state: ProfileAlertState): PlannedDelivery[] {
  const fired: AlertFacts[] = [];
  const facts = (rule: AlertFacts['rule'], previous: { value: number; band: string }, threshold: number | null): AlertFacts => ({
    rule,
    date: state.date,
    value: state.value,
    previousValue: previous.value,
    fromBand: previous.band,
    toBand: state.band,
    threshold,
  });
  const { yesterday, weekAgo } = state;
  if (sub.alertBandChange && yesterday && yesterday.band !== state.band) fired.push(facts('band', yesterday, null));
  if (sub.alertRiseDay !== null && yesterday && state.value - yesterday.value >= sub.alertRiseDay)
    fired.push(facts('rise-day', yesterday, sub.alertRiseDay));
  if (sub.alertRiseWeek !== null && weekAgo && state.value - weekAgo.value >= sub.alertRiseWeek)
    fired.push(facts('rise-week', weekAgo, sub.alertRiseWeek));
  return fired.map((alert) => ({
    subscriptionId: sub.id,
    kind: 'alert' as const,
    periodKey: `alert:${alert.rule}:${alert.date}`,
    recipient: sub.email,
    context: { ...alert },
  }));
}
