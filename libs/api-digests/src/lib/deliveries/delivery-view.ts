import { DeliveryEntity } from '@kem/api-data';
import { DeliveryView } from '@kem/contracts';
import { periodLabel } from '../schedule/period-label';

export function toDeliveryView(d: DeliveryEntity): DeliveryView {
  return {
    id: d.id,
    subscriptionId: d.subscriptionId,
    kind: d.kind,
    periodKey: d.periodKey,
    period: periodLabel(d.periodKey),
    recipient: d.recipient,
    subject: d.subject,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' || d.status === 'sending' ? (d.nextAttemptAt?.toISOString() ?? null) : null,
    lastError: d.lastError,
    messageId: d.messageId,
    transport: d.transport,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
  };
}
