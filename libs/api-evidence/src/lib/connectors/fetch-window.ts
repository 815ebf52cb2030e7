import { FetchWindow } from '@kem/api-connectors';
import { addDays, dayOfInstant } from '@kem/scoring';

/** How far back each source is read on every sync; overlapping windows are harmless (upserts, URL de-duplication). */
const LOOKBACK_DAYS: Record<string, number> = { gdelt: 7, rss: 14, worldbank: 5 * 366, comtrade: 5 * 366 };

export function fetchWindowFor(connectorKey: string, now: Date): FetchWindow {
  const to = dayOfInstant(now);
  return { from: addDays(to, -(LOOKBACK_DAYS[connectorKey] ?? 30)), to };
}
