import type { EventEntity, ObservationEntity } from '@kem/api-data';
import { authorLabel, type EventView, type ObservationView } from '@kem/contracts';

type Provenance = 'origin' | 'recordedAt' | 'author' | 'createdAt' | 'updatedAt';

/** Where a stored piece of evidence came from, who entered it and when: the part every evidence view shares. */
export function provenanceView(row: Pick<EventEntity | ObservationEntity, Provenance>): Pick<EventView & ObservationView, Provenance> {
  return {
    origin: row.origin,
    recordedAt: row.recordedAt,
    author: authorLabel(row.author),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
