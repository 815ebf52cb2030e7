import { FetchWindow } from '@kem/api-connectors';

/** How far back each source is read on every sync; overlapping windows are harmless (upserts, URL de-duplication). */
const LOOKBACK_DAYS: Record<string, number> = { gdelt: 7, rss: 14, worldbank: 5 * 366, comtrade: 5 * 366 };

export function fetchWindowFor(connectorKey: string, today: Date): FetchWindow {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (LOOKBACK_DAYS[connectorKey] ?? 30) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
