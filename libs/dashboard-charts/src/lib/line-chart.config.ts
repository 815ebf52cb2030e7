import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { bandAnnotations, TIME_SERIES_OPTIONS, timeAxis, valueAxis } from './chart-common';

/** A point of a plain line: x in ms since the epoch, y the value. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** One line of a plain line chart (the admin pages' index comparisons). */
export interface ChartLine {
  label: string;
  points: ChartPoint[];
  color: string;
  dashed?: boolean;
}

/** The saved index (grey, dashed) and the preview (blue), for the weights page. */
export const PREVIEW_COLORS = { saved: '#6b7280', preview: '#1f5fbf' } as const;

type LineDataset = ChartDataset<'line', ChartPoint[]>;

/** A chart.js dataset for a line: pre-parsed points, no dots, thin stroke. */
export function lineDataset(line: ChartLine): LineDataset {
  return {
    label: line.label,
    data: line.points,
    borderColor: line.color,
    backgroundColor: line.color,
    borderWidth: line.dashed ? 1.5 : 2,
    borderDash: line.dashed ? [6, 4] : [],
    pointRadius: 0,
    pointHoverRadius: 3,
    tension: 0,
    spanGaps: false,
    parsing: false,
    normalized: true,
    indexAxis: 'x',
  };
}

/**
 * Lines of the index over time (the weights preview, the profile comparison): y fixed at 0–100 with a line every 20 points (the band
 * limits), so the axis does not jump while weights move; the risk bands shaded and labelled behind
 * the lines, as on the index chart; no animation; LTTB decimation to about two points per pixel
 * column; a tooltip listing every line on the hovered day.
 */
export function lineChartConfig(lines: readonly ChartLine[], legend = true, bands = true): ChartConfiguration<'line', ChartPoint[]> {
  return {
    type: 'line',
    data: { datasets: lines.map(lineDataset) },
    options: {
      ...TIME_SERIES_OPTIONS,
      interaction: { mode: 'index', intersect: false, axis: 'x' },
      scales: {
        x: { ...timeAxis(), time: { tooltipFormat: 'd MMM yyyy', minUnit: 'month' } },
        y: valueAxis(100, 'Index (0–100)'),
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 800 },
        legend: { display: legend, position: 'bottom', labels: { boxWidth: 24, boxHeight: 2, usePointStyle: false } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.parsed.y?.toFixed(1) ?? '–'}` } },
        annotation: { annotations: bands ? bandAnnotations(undefined, 100) : {} },
      },
    },
  };
}
