import type { IndexPointView } from '@kem/contracts';
import { BandScale, DEFAULT_BAND_SCALE } from '@kem/scoring';
import type { ChartIndicator, CsvCell } from '@kem/dashboard-charts';

/**
 * The index series as CSV rows: date, index, band, the 5th and 95th percentiles, then the index
 * points each indicator contributes (one column per indicator, named; empty where it had no data).
 */
export function indexSeriesRows(
  points: readonly IndexPointView[],
  indicators: readonly ChartIndicator[],
  scale: BandScale = DEFAULT_BAND_SCALE,
): CsvCell[][] {
  const header: CsvCell[] = ['date', 'index', 'band', 'lower_5pct', 'upper_95pct', ...indicators.map((i) => `${i.name} (points)`)];
  const rows = points.map((p): CsvCell[] => [
    p.date,
    p.value,
    scale.find((b) => b.key === p.band)?.label ?? p.band,
    p.lower,
    p.upper,
    ...indicators.map((i) => p.contributions[i.key] ?? null),
  ]);
  return [header, ...rows];
}
