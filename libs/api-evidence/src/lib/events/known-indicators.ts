import { IndicatorEntity } from '@kem/api-data';
import { EntityManager } from 'typeorm';
import { KnownIndicator } from './event-rules';

/** The indicators evidence may refer to, by key. */
export async function knownIndicators(manager: EntityManager): Promise<Map<string, KnownIndicator>> {
  const rows = await manager.find(IndicatorEntity, { select: { key: true, method: true } });
  return new Map(rows.map((row) => [row.key, { key: row.key, method: row.method }]));
}
