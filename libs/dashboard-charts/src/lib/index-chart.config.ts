import type { IndexInterval, IndexPointView } from '@kem/contracts';
import type { BandScale } from '@kem/scoring';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { axisMax, bandOf } from './bands';
import {
  bandAnnotations,
  bandEdgeDatasets,
  CHART_COLORS,
  eventMarkerDataset,
  eventMarkers,
  seriesLineDataset,
  seriesStats,
  severityText,
  TIME_SERIES_OPTIONS,
  timeAxis,
  valueAxis,
} from './chart-common';
import { ChartEvent, DayDatum, EventDatum } from './chart-types';
import { dayToTime, formatDay, formatPeriod, INTERVAL_WORDS } from './format';

/** Dataset positions in the index chart (tooltip and legend callbacks rely on them). */
export const INDEX_DATASET = { lower: 0, upper: 1, index: 2, events: 3 } as const;

export interface IndexDatum extends DayDatum {
  lower: number | null;
  upper: number | null;
}

export interface IndexChartInput {
  points: readonly IndexPointView[];
  /** Markers; pass only the ones worth showing (e.g. severity 3+), and say so in `eventsLabel`. */
  events?: readonly ChartEvent[];
  eventsLabel?: string;
  interval?: IndexInterval;
  scale?: BandScale;
}

type IndexChartType = 'line' | 'scatter';
export type IndexChartConfig = ChartConfiguration<IndexChartType, DayDatum[]>;
type Item = TooltipItem<IndexChartType>;

const UNCERTAINTY_LABEL = '90 % uncertainty band (5th–95th percentile)';

export function indexData(points: readonly IndexPointView[]): IndexDatum[] {
  // A day without an index value (every indicator unmonitored) is NaN: chart.js leaves a gap, never a 0.
  return points.map((p) => ({ x: dayToTime(p.date), y: p.value ?? Number.NaN, day: p.date, lower: p.lower, upper: p.upper }));
}

/**
 * The index over time: the line, the Monte Carlo band as an area filled between its lower and upper
 * edges, events as diamond markers on the line, and the risk bands as labelled shaded boxes.
 */
export function indexChartConfig(input: IndexChartInput): IndexChartConfig {
  const interval = input.interval ?? 'day';
  const series = indexData(input.points);
  const lower: DayDatum[] = [];
  const upper: DayDatum[] = [];
  for (const d of series) {
    if (d.lower === null || d.upper === null) continue;
    lower.push({ x: d.x, y: d.lower, day: d.day });
    upper.push({ x: d.x, y: d.upper, day: d.day });
  }
  const markers = eventMarkers(input.events ?? [], series);
  const top = axisMax([...series.map((d) => d.y), ...upper.map((d) => d.y)], input.scale);

  const isEvent = (item: Item) => item.datasetIndex === INDEX_DATASET.events;
  return {
    type: 'line',
    data: {
      datasets: [
        ...bandEdgeDatasets({ lower, upper }, { lower: '5th percentile', upper: UNCERTAINTY_LABEL }, CHART_COLORS.uncertainty),
        seriesLineDataset('Exposure index', series),
        eventMarkerDataset(markers, input.eventsLabel ?? 'Events'),
      ],
    },
    options: {
      ...TIME_SERIES_OPTIONS,
      scales: { x: timeAxis(), y: valueAxis(top, 'Index (0–100)') },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { usePointStyle: true, filter: (item) => item.datasetIndex !== INDEX_DATASET.lower },
        },
        tooltip: {
          filter: (item) => item.datasetIndex === INDEX_DATASET.index || isEvent(item),
          callbacks: {
            title: (items) => {
              const raw = items[0]?.raw as DayDatum | undefined;
              if (!raw) return '';
              return isEvent(items[0]) ? formatDay(raw.day) : formatPeriod(raw.day, interval);
            },
            label: (item) => {
              if (isEvent(item)) return (item.raw as EventDatum).event.title;
              const d = item.raw as IndexDatum;
              return `Index ${d.y.toFixed(1)} (${bandOf(d.y, input.scale)?.label ?? ''})`;
            },
            afterLabel: (item) => {
              if (isEvent(item)) return eventTooltipLines((item.raw as EventDatum).event);
              const d = item.raw as IndexDatum;
              return d.lower !== null && d.upper !== null ? `90 % band ${d.lower.toFixed(1)}–${d.upper.toFixed(1)}` : '';
            },
          },
        },
        annotation: { annotations: bandAnnotations(input.scale, top) },
      },
    },
  };
}

/** Tooltip lines under an event's title: its indicator, severity and source. */
export function eventTooltipLines(event: ChartEvent): string[] {
  const lines = [];
  if (event.indicatorName) lines.push(`Indicator: ${event.indicatorName}`);
  lines.push(`Severity ${severityText(event.severity)}`, `Source: ${event.sourceName}`);
  return lines;
}

/** What the index chart shows, in one sentence, for screen readers (the canvas's aria-label). */
export function indexChartSummary(input: IndexChartInput): string {
  const series = indexData(input.points);
  const stats = seriesStats(series);
  if (!stats) return 'Exposure index chart: no values in this range.';
  const words = INTERVAL_WORDS[input.interval ?? 'day'];
  const band = (v: number) => bandOf(v, input.scale)?.label ?? '';
  const events = input.events?.length ?? 0;
  return (
    `Line chart of the exposure index (0–100), ${words} from ${formatDay(series[0].day)} to ${formatDay(stats.last.day)}: ` +
    `latest ${stats.last.y.toFixed(1)} (${band(stats.last.y)}), lowest ${stats.min.y.toFixed(1)} on ${formatDay(stats.min.day)}, ` +
    `highest ${stats.max.y.toFixed(1)} (${band(stats.max.y)}) on ${formatDay(stats.max.day)}. ` +
    `${events} ${events === 1 ? 'event' : 'events'} marked. Shaded bands: Low, Guarded, Elevated, High, Severe.`
  );
}
