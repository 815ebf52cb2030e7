import { EventEntity } from '@kem/api-data';
import { EventInput, EventView } from '@kem/contracts';
import { provenanceView } from '../evidence-provenance';

export function toEventView(event: EventEntity): EventView {
  return {
    id: event.id,
    ...eventFields(event),
    ...provenanceView(event),
  };
}

/** The editable fields of an event, as stored in the audit trail. */
export function eventFields(event: Pick<EventEntity, keyof EventInput>): Required<EventInput> {
  return {
    indicatorKey: event.indicatorKey,
    date: event.date,
    datePrecision: event.datePrecision,
    endDate: event.endDate,
    title: event.title,
    summary: event.summary,
    severity: event.severity,
    stage: event.stage,
    sourceName: event.sourceName,
    sourceUrl: event.sourceUrl,
    confidence: event.confidence,
    status: event.status,
    lifecycle: event.lifecycle,
    parentId: event.parentId,
  };
}
