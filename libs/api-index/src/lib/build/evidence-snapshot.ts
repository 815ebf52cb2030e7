import { EventEntity, IndicatorEntity, ObservationEntity } from '@kem/api-data';
import type { Evidence, IndicatorDefinition, IndicatorCategory } from '@kem/scoring';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** First day of the materialised history: the curated evidence starts in 2014. */
export const HISTORY_START = '2014-01-01';

export interface EvidenceSnapshot {
  definitions: IndicatorDefinition[];
  evidence: Evidence;
}

/** The indicator series that feeds a metric indicator's score. */
export function scoredSeries(definition: Pick<IndicatorDefinition, 'key' | 'method'>): string | null {
  return definition.method.kind === 'metric' ? (definition.method.series ?? definition.key) : null;
}

/** What the index is computed from: indicator definitions, published events, scored observations. */
export async function loadEvidence(manager: EntityManager): Promise<EvidenceSnapshot> {
  const indicators = await manager.find(IndicatorEntity, { order: { position: 'ASC', key: 'ASC' } });
  const definitions: IndicatorDefinition[] = indicators.map((i) => ({
    key: i.key,
    name: i.name,
    category: i.category as IndicatorCategory,
    description: i.description,
    method: i.method,
    defaultWeight: i.defaultWeight,
  }));
  const events = await manager.find(EventEntity, {
    select: { id: true, indicatorKey: true, date: true, endDate: true, severity: true, stage: true },
    where: { status: 'published' },
  });
  const seriesOf = new Map(definitions.map((d) => [d.key, scoredSeries(d)]));
  const observations = (
    await manager.find(ObservationEntity, { select: { indicatorKey: true, series: true, date: true, value: true } })
  ).filter((o) => seriesOf.get(o.indicatorKey) === o.series);
  return {
    definitions,
    evidence: {
      events: events.map((e) => ({ id: e.id, indicatorKey: e.indicatorKey, date: e.date, endDate: e.endDate, severity: e.severity, stage: e.stage })),
      observations: observations.map((o) => ({ indicatorKey: o.indicatorKey, date: o.date, value: o.value })),
    },
  };
}

/**
 * A cheap fingerprint of everything the index depends on (rows, last change, last deletion per
 * table): when it differs from the one a build recorded, that build is stale.
 */
export async function evidenceRevision(manager: EntityManager): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ['evidence_event', 'observation']) {
    parts.push(await manager.query(`SELECT COUNT(*) AS n, MAX(updated_at) AS changed, MAX(deleted_at) AS deleted FROM ${table}`));
  }
  parts.push(await manager.query('SELECT COUNT(*) AS n, MAX(updated_at) AS changed FROM indicator'));
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
