import { ObservationEntity } from '@kem/api-data';
import { authorLabel, ObservationInput, ObservationView } from '@kem/contracts';

export function toObservationView(o: ObservationEntity): ObservationView {
  return {
    id: o.id,
    ...observationFields(o),
    recordedAt: o.recordedAt,
    origin: o.origin,
    author: authorLabel(o.author),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function observationFields(o: ObservationEntity): Required<ObservationInput> {
  return {
    indicatorKey: o.indicatorKey,
    series: o.series,
    date: o.date,
    value: o.value,
    unit: o.unit,
    sourceName: o.sourceName,
    sourceUrl: o.sourceUrl,
    confidence: o.confidence,
    note: o.note,
    period: o.period,
    vintage: o.vintage,
  };
}
