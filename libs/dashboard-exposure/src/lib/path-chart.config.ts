import { bandAnnotations, bandEdgeDatasets, ChartLine, lineChartConfig, type ChartPoint } from '@kem/dashboard-charts';
import { addDays, dayNumberToMs, parseDay } from '@kem/scoring';
import type { ChartConfiguration } from 'chart.js';

/** One daily path from `from` (null = no value). */
export interface DailyPath {
  label: string;
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
  /** 5–95 % band around the path, day by day from the same `from` (null = none that day). */
  band?: { lower: readonly (number | null)[]; upper: readonly (number | null)[] };
}

/** Label of a path's band in the legend; its lower edge has no entry of its own. */
export const bandLabel = (path: string) => `90 % band: ${path}`;
const LOWER_EDGE = 'kem-band-lower';

/** Points of a daily path (x in ms since the epoch); days without a value are left out. */
export function pathPoints(from: string, values: readonly (number | null)[]): ChartPoint[] {
  const start = parseDay(from);
  const points: ChartPoint[] = [];
  values.forEach((y, i) => {
    if (y !== null) points.push({ x: dayNumberToMs(start + i), y });
  });
  return points;
}

/**
 * Paths (baseline beside scenario, country beside company, as known then beside hindsight) on the
 * 0–100 axis with the risk bands shaded and labelled behind them (as on every index chart) and an
 * optional line marking a day (today, the replayed day).
 */
export function pathChartConfig(
  from: string,
  paths: readonly DailyPath[],
  markDay: string | null = null,
): ChartConfiguration<'line', ChartPoint[]> {
  const lines: ChartLine[] = paths.map((p) => ({ label: p.label, points: pathPoints(from, p.values), color: p.color, dashed: p.dashed }));
  const config = lineChartConfig(lines);
  const bands = paths.flatMap((p) =>
    p.band
      ? bandEdgeDatasets(
          { lower: pathPoints(from, p.band.lower), upper: pathPoints(from, p.band.upper) },
          { lower: LOWER_EDGE, upper: bandLabel(p.label) },
          `${p.color}33`,
        )
      : [],
  );
  config.data.datasets.unshift(...bands);
  const annotations: Record<string, object> = bandAnnotations(undefined, 100);
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
  const plugins = options.plugins ?? {};
  const isLine = (label?: string) => label !== LOWER_EDGE && !paths.some((p) => label === bandLabel(p.label));
  return {
    ...config,
    options: {
      ...options,
      plugins: {
        ...plugins,
        legend: { ...plugins.legend, labels: { ...plugins.legend?.labels, filter: (item: { text: string }) => item.text !== LOWER_EDGE } },
        tooltip: { ...plugins.tooltip, filter: (item: { dataset: { label?: string } }) => isLine(item.dataset.label) },
        annotation: { annotations },
      } as never,
    },
  };
}

/** The day `i` days after `from`. */
export const dayAt = (from: string, i: number) => addDays(from, i);
