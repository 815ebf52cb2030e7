import { AlertRules, Cadence, DeliveryStatus, DigestRunView, SubscriptionView } from '@kem/contracts';

export const CADENCE_LABELS: Record<Cadence, string> = {
  daily: 'Daily',
  weekly: 'Weekly (Mondays)',
  monthly: 'Monthly (the 1st)',
};

/** Text and a colour class per delivery status; the text alone says it all (colour is a second cue). */
export const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Suggestions for the time-zone field; any IANA zone is accepted. */
export const TIME_ZONE_SUGGESTIONS = [
  'Asia/Almaty',
  'Asia/Aqtobe',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'Asia/Singapore',
  'UTC',
];

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** The alert rules in words, e.g. "Band changes; rises of 5 points in a day". */
export function alertRulesText(alerts: AlertRules): string {
  const parts: string[] = [];
  if (alerts.bandChange) parts.push('band changes');
  if (alerts.riseDay !== null) parts.push(`a rise of ${points(alerts.riseDay)} or more in a day`);
  if (alerts.riseWeek !== null) parts.push(`a rise of ${points(alerts.riseWeek)} or more in a week`);
  if (parts.length === 0) return 'No alerts';
  const text = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Alerts on ${text}`;
}

/** "Weekly (Mondays) at 08:00 Asia/Almaty" */
export function scheduleText(sub: Pick<SubscriptionView, 'cadence' | 'sendTime' | 'timeZone'>): string {
  return `${CADENCE_LABELS[sub.cadence]} at ${sub.sendTime} ${sub.timeZone}`;
}

/** An instant as "2026-11-24 08:00 UTC" (unambiguous for readers in any zone); a dash when absent. */
export function instantText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What one due check did, in a sentence. */
export function runSummary(run: DigestRunView): string {
  const queued = `${run.queued.digests} digest${run.queued.digests === 1 ? '' : 's'} and ${run.queued.alerts} alert${run.queued.alerts === 1 ? '' : 's'} queued`;
  return `${run.force ? 'Forced run' : 'Due check'}: ${queued}; ${run.attempted} attempted, ${run.sent} sent, ${run.retrying} to retry, ${run.failed} failed, ${run.cancelled} cancelled.`;
}
