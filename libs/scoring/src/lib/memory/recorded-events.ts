import type { MethodVersion } from '../defaults/methods';
import type { EventStatus, EvidenceEvent } from '../model/evidence';

/** The fields of an event as stored or served (a database row, the API's EventView) that scoring reads. */
export interface RecordedEvent {
  readonly id: number;
  readonly indicatorKey: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly severity: number;
  readonly stage: string | null;
  /** Whether what the event describes is still under way (method version 2). */
  readonly lifecycle: EventStatus | null;
  /** The event this one follows up: they are one family (method version 2). */
  readonly parentId: number | null;
  readonly recordedAt?: string | null;
}

/**
 * A recorded event as scoring input, the same in the API (published index) and in the browser
 * (event shares): version 2 reads the lifecycle, the family and the day it was recorded; version 1
 * reads none of them.
 */
export function toEvidenceEvent(event: RecordedEvent, version: MethodVersion = 2): EvidenceEvent {
  const { id, indicatorKey, date, endDate, severity, stage } = event;
  if (version === 1) return { id, indicatorKey, date, endDate, severity, stage };
  return {
    id,
    indicatorKey,
    date,
    endDate,
    severity,
    stage,
    status: event.lifecycle,
    parentId: event.parentId,
    recordedAt: event.recordedAt ?? null,
  };
}
