import type { BandScale } from '@kem/scoring';
import type { ChartDataset, ChartOptions, ScaleOptions } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { SEVERITY_RUBRIC } from '@kem/scoring';
import { bandZones } from './bands';
import { ChartEvent, DayDatum, EventDatum } from './chart-types';
import { dayToTime } from './format';

/** Colours shared by the charts (ink for lines, markers, the uncertainty band). */
export const CHART_COLORS = {
  line: '#1f2a44',
  grid: 'rgba(0, 0, 0, 0.07)',
  uncertainty: 'rgba(84, 110, 122, 0.24)',
  markerFill: '#ffffff',
  markerBorder: '#263238',
} as const;

/** Categorical colours for indicators and compared profiles (Tableau 10: distinguishable, also for most colour-blind readers). */
export const INDICATOR_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export function indicatorColor(index: number): string {
  return INDICATOR_PALETTE[index % INDICATOR_PALETTE.length];
}

/** A translucent version of a '#rrggbb' colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * One shaded box per band from its lower to its upper bound (cut at the axis top), labelled with the
 * band's name so the shading never relies on colour alone.
 */
export function bandAnnotations(scale: BandScale | undefined, axisTop: number): Record<string, AnnotationOptions<'box'>> {
  const boxes: Record<string, AnnotationOptions<'box'>> = {};
  for (const zone of bandZones(scale)) {
    if (zone.lowerBound >= axisTop) continue;
    boxes[`band-${zone.key}`] = {
      type: 'box',
      drawTime: 'beforeDatasetsDraw',
      yMin: zone.lowerBound,
      yMax: Math.min(zone.upperBound, axisTop),
      backgroundColor: zone.style.tint,
      borderWidth: 0,
      label: {
        display: true,
        content: zone.label,
        position: { x: 'end', y: 'start' },
        color: '#44474e',
        font: { size: 11, weight: 'normal' },
        padding: { x: 4, y: 2 },
      },
    };
  }
  return boxes;
}

/** Options every time-series chart shares: pre-parsed points, no animation, sized by its frame, markers first in tooltips. */
export const TIME_SERIES_OPTIONS = {
  parsing: false,
  normalized: true,
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'markersFirst', axis: 'x', intersect: false },
} as const satisfies ChartOptions<'line'>;

/** The x axis of a time series: dates without grid lines or slanted labels. */
export function timeAxis(): ScaleOptions<'time'> {
  return { type: 'time', grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 24 } };
}

/**
 * A 0–`top` value axis with a grid line every 10 (20 above 60) and its title, e.g. 'Index (0–100)'.
 * Its labels are whole numbers written directly: chart.js's default label formatter builds an
 * Intl.NumberFormat, which costs about 10 ms of the first draw.
 */
export function valueAxis(top: number, title: string): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    min: 0,
    max: top,
    ticks: { stepSize: top > 60 ? 20 : 10, callback: (value) => `${value}` },
    grid: { color: CHART_COLORS.grid },
    title: { display: true, text: title },
  };
}

/** The main line of a series chart: ink-coloured, no dots until hovered. */
export function seriesLineDataset(label: string, data: DayDatum[]): ChartDataset<'line', DayDatum[]> {
  return {
    label,
    data,
    borderColor: CHART_COLORS.line,
    backgroundColor: CHART_COLORS.line,
    borderWidth: 2,
    pointRadius: 0,
    pointHoverRadius: 4,
    pointHitRadius: 6,
    tension: 0,
  };
}

/**
 * A band between two edges as two datasets placed before the lines: the lower edge (no stroke, no fill, no
 * hover) and the upper edge filled down to it ('-1'), so the area shows the band.
 */
export function bandEdgeDatasets<TDatum>(
  band: { lower: TDatum[]; upper: TDatum[] },
  labels: { lower: string; upper: string },
  color: string,
): [ChartDataset<'line', TDatum[]>, ChartDataset<'line', TDatum[]>] {
  const edge = { borderWidth: 0, pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 0 };
  return [
    { ...edge, label: labels.lower, data: band.lower, fill: false },
    { ...edge, label: labels.upper, data: band.upper, backgroundColor: color, fill: '-1' },
  ];
}

/** Events as white diamonds on the line, larger for more severe events. */
export function eventMarkerDataset(markers: EventDatum[], label = 'Events'): ChartDataset<'scatter', EventDatum[]> & { type: 'scatter' } {
  return {
    type: 'scatter',
    label,
    data: markers,
    pointStyle: 'rectRot',
    pointRadius: markers.map((m) => markerRadius(m.event.severity)),
    pointHoverRadius: markers.map((m) => markerRadius(m.event.severity) + 2),
    pointHitRadius: 8,
    backgroundColor: CHART_COLORS.markerFill,
    borderColor: CHART_COLORS.markerBorder,
    borderWidth: 1.5,
  };
}

/** Severity in words: '4 of 5 · Major'. */
export function severityText(severity: number): string {
  const label = SEVERITY_RUBRIC.find((s) => s.severity === severity)?.label;
  return `${severity} of 5${label ? ` · ${label}` : ''}`;
}

/** Marker size grows with severity so the big events stand out. */
export function markerRadius(severity: number): number {
  return 2 + Math.max(1, Math.min(5, severity));
}

/**
 * Events as markers sitting on a series: each at the series value of the first point on or after its
 * date (the period that contains it for weekly/monthly series); events after the last point sit on
 * the last one, events before the first are left out.
 */
export function eventMarkers(events: readonly ChartEvent[], series: readonly DayDatum[]): EventDatum[] {
  if (series.length === 0) return [];
  const first = series[0].day;
  const markers: EventDatum[] = [];
  for (const event of events) {
    if (event.date < first) continue;
    const at = firstOnOrAfter(series, event.date);
    const y = (at < series.length ? series[at] : series[series.length - 1]).y;
    markers.push({ x: dayToTime(event.date), y, day: event.date, event });
  }
  return markers.sort((a, b) => a.x - b.x);
}

function firstOnOrAfter(series: readonly DayDatum[], day: string): number {
  let lo = 0;
  let hi = series.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (series[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lowest, highest and latest of a series, for summaries; days without a value (NaN) are skipped. */
export function seriesStats(all: readonly DayDatum[]): { min: DayDatum; max: DayDatum; last: DayDatum } | null {
  const series = all.filter((d) => !Number.isNaN(d.y));
  if (series.length === 0) return null;
  let min = series[0];
  let max = series[0];
  for (const d of series) {
    if (d.y < min.y) min = d;
    if (d.y > max.y) max = d;
  }
  return { min, max, last: series[series.length - 1] };
}
