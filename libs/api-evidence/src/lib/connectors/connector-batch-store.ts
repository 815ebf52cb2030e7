import { EventEntity, ObservationEntity } from '@kem/api-data';
import { ConnectorBatch } from '@kem/api-connectors';
import { Confidence } from '@kem/contracts';
import { EntityManager, In } from 'typeorm';

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
 * one an analyst deleted; news items become draft events unless their URL was ever stored.
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
  const indicatorKeys = new Set((await manager.query('SELECT key FROM indicator')).map((r: { key: string }) => r.key));
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
  const known = new Set<string>();
  for (let i = 0; i < drafts.length; i += 500) {
    const urls = drafts.slice(i, i + 500).map((d) => d.sourceUrl);
    const rows = await manager.find(EventEntity, { select: { sourceUrl: true }, where: { sourceUrl: In(urls) }, withDeleted: true });
    rows.forEach((r) => known.add(r.sourceUrl));
  }
  for (const draft of drafts) {
    if (known.has(draft.sourceUrl)) continue;
    known.add(draft.sourceUrl);
    await manager.insert(EventEntity, {
      indicatorKey: draft.indicatorKey,
      date: draft.date,
      datePrecision: 'day',
      endDate: null,
      title: draft.title.slice(0, 200),
      summary: draft.summary || draft.title,
      // Provisional: the analyst sets the real severity when triaging the draft.
      severity: 1,
      stage: null,
      sourceName: draft.sourceName.slice(0, 200),
      sourceUrl: draft.sourceUrl,
      confidence,
      status: 'draft',
      origin: 'connector',
      lifecycle: 'unknown',
      recordedAt: recordedOn,
      seedRef: null,
      authorId: null,
    });
    counts.draftsAdded++;
  }
  return counts;
}
