import { ObservationEntity } from '@kem/api-data';
import { ConnectorBatch } from '@kem/api-connectors';
import { Confidence } from '@kem/contracts';
import { EntityManager } from 'typeorm';
import { storeDraftsWithIntake } from './draft-intake';

export interface StoredCounts {
  observationsAdded: number;
  observationsUpdated: number;
  draftsAdded: number;
  skipped: string[];
}

/** Official statistics are high confidence; news-volume series and keyword matches medium. */
const CONFIDENCE: Record<string, Confidence> = { worldbank: 'high', comtrade: 'high', gdelt: 'medium', rss: 'medium' };

/**
 * Stores one connector batch inside the caller's transaction. Observations are upserted by
 * (indicator, series, date) but never over a value an analyst or the curated history set, nor over
 * one an analyst deleted; news items become draft events with an intake suggestion, unless their URL
 * was ever stored or they repeat a stored story (see storeDraftsWithIntake).
 * `recordedOn` (the clock's today) is when we learned of them: point-in-time replay never sees them
 * earlier.
 */
export async function storeConnectorBatch(
  manager: EntityManager,
  connectorKey: string,
  batch: ConnectorBatch,
  recordedOn: string | null = null,
): Promise<StoredCounts> {
  const counts: StoredCounts = { observationsAdded: 0, observationsUpdated: 0, draftsAdded: 0, skipped: [] };
  const indicatorKeys = new Set<string>((await manager.query('SELECT key FROM indicator')).map((r: { key: string }) => r.key));
  const confidence = CONFIDENCE[connectorKey] ?? 'medium';

  for (const record of batch.observations) {
    if (!indicatorKeys.has(record.indicatorKey)) {
      counts.skipped.push(`observation for unknown indicator ${record.indicatorKey}`);
      continue;
    }
    const existing = await manager.findOne(ObservationEntity, {
      where: { indicatorKey: record.indicatorKey, series: record.series, date: record.date },
      withDeleted: true,
    });
    if (!existing) {
      await manager.insert(ObservationEntity, {
        ...record,
        unit: record.unit.slice(0, 60),
        confidence,
        note: null,
        origin: 'connector',
        authorId: null,
        recordedAt: recordedOn,
      });
      counts.observationsAdded++;
    } else if (
      existing.origin === 'connector' &&
      !existing.deletedAt &&
      (existing.value !== record.value || existing.sourceUrl !== record.sourceUrl)
    ) {
      await manager.update(ObservationEntity, { id: existing.id }, { value: record.value, unit: record.unit, sourceUrl: record.sourceUrl });
      counts.observationsUpdated++;
    }
  }

  const drafts = batch.draftEvents.filter((d) => {
    if (indicatorKeys.has(d.indicatorKey)) return true;
    counts.skipped.push(`news item for unknown indicator ${d.indicatorKey}`);
    return false;
  });
  const intake = await storeDraftsWithIntake(manager, drafts, { confidence, recordedOn, indicatorKeys });
  counts.draftsAdded = intake.draftsAdded;
  counts.skipped.push(...intake.merged);
  return counts;
}
