import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartPoint } from '../preview/preview-math';

/** One line of an admin chart: points with x in ms since the epoch (UTC days). */
export interface ChartLine {
  label: string;
  points: ChartPoint[];
  color: string;
  dashed?: boolean;
}

/** Categorical colours (Tableau 10: distinguishable, also for most colour-blind readers). */
export const LINE_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];

/** The saved index (grey, dashed) and the preview (blue), for the weights page. */
export const PREVIEW_COLORS = { saved: '#6b7280', preview: '#1f5fbf' } as const;

export type LineDataset = ChartDataset<'line', ChartPoint[]>;

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
 * Options for an index chart over time: y fixed at 0–100 with a line every 20 points (the band
 * limits), so the axis does not jump while weights move; no animation; LTTB decimation to about
 * two points per pixel column; a tooltip listing every line on the hovered day.
 */
export function lineChartConfig(lines: readonly ChartLine[], legend = true): ChartConfiguration<'line', ChartPoint[]> {
  return {
    type: 'line',
    data: { datasets: lines.map(lineDataset) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false, axis: 'x' },
      scales: {
        x: {
          type: 'time',
          time: { tooltipFormat: 'd MMM yyyy', minUnit: 'month' },
          ticks: { maxRotation: 0, autoSkipPadding: 16 },
          grid: { display: false },
        },
        y: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20 },
          grid: { color: 'rgba(0, 0, 0, 0.08)' },
          title: { display: true, text: 'Index (0–100)' },
        },
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 800 },
        legend: { display: legend, position: 'bottom', labels: { boxWidth: 24, boxHeight: 2, usePointStyle: false } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.parsed.y?.toFixed(1) ?? '–'}` } },
      },
    },
  };
}
