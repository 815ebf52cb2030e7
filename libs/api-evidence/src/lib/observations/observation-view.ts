import { ObservationEntity } from '@kem/api-data';
import { ObservationInput, ObservationView } from '@kem/contracts';
import { provenanceView } from '../evidence-provenance';

export function toObservationView(o: ObservationEntity): ObservationView {
  return {
    id: o.id,
    ...observationFields(o),
    ...provenanceView(o),
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
