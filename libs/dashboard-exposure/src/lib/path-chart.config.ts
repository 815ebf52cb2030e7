import { bandZones, ChartLine, lineChartConfig, type ChartPoint } from '@kem/dashboard-charts';
import { addDays } from '@kem/scoring';
import type { ChartConfiguration } from 'chart.js';

/** One daily path from `from` (null = no value). */
export interface DailyPath {
  label: string;
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
}

/** Points of a daily path (x in ms since the epoch); days without a value are left out. */
export function pathPoints(from: string, values: readonly (number | null)[]): ChartPoint[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const points: ChartPoint[] = [];
  values.forEach((y, i) => {
    if (y !== null) points.push({ x: start + i * 86_400_000, y });
  });
  return points;
}

/**
 * Paths (baseline beside scenario, country beside company, as known then beside hindsight) on the
 * 0–100 axis with the risk bands shaded behind them and an optional line marking a day (today, the
 * replayed day).
 */
export function pathChartConfig(
  from: string,
  paths: readonly DailyPath[],
  markDay: string | null = null,
): ChartConfiguration<'line', ChartPoint[]> {
  const lines: ChartLine[] = paths.map((p) => ({ label: p.label, points: pathPoints(from, p.values), color: p.color, dashed: p.dashed }));
  const config = lineChartConfig(lines);
  const annotations: Record<string, object> = {};
  for (const zone of bandZones()) {
    annotations[`band-${zone.key}`] = {
      type: 'box',
      yMin: zone.lowerBound,
      yMax: zone.upperBound,
      backgroundColor: zone.style.tint,
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
    };
  }
  if (markDay) {
    const x = Date.parse(`${markDay}T00:00:00Z`);
    annotations['mark'] = {
      type: 'line',
      xMin: x,
      xMax: x,
      borderColor: '#44474e',
      borderWidth: 1,
      borderDash: [2, 3],
      label: { display: true, content: markDay, position: 'start' },
    };
  }
  const options = config.options ?? {};
  return { ...config, options: { ...options, plugins: { ...options.plugins, annotation: { annotations } } as never } };
}

/** The day `i` days after `from`. */
export const dayAt = (from: string, i: number) => addDays(from, i);
