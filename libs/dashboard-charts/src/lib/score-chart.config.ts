import type { IndicatorScorePointView } from '@kem/contracts';
import type { BandScale } from '@kem/scoring';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { axisMax, bandOf } from './bands';
import {
  bandAnnotations,
  eventMarkerDataset,
  eventMarkers,
  seriesLineDataset,
  seriesStats,
  TIME_SERIES_OPTIONS,
  timeAxis,
  valueAxis,
} from './chart-common';
import { ChartEvent, DayDatum, EventDatum } from './chart-types';
import { dayToTime, formatDay } from './format';
import { eventTooltipLines } from './index-chart.config';

export const SCORE_DATASET = { score: 0, events: 1 } as const;

export interface ScoreChartInput {
  /** The indicator's name, for the legend and the summary. */
  name: string;
  points: readonly IndicatorScorePointView[];
  events?: readonly ChartEvent[];
  scale?: BandScale;
}

type ScoreChartType = 'line' | 'scatter';
export type ScoreChartConfig = ChartConfiguration<ScoreChartType, DayDatum[]>;

export function scoreData(points: readonly IndicatorScorePointView[]): DayDatum[] {
  return points.map((p) => ({ x: dayToTime(p.date), y: p.score, day: p.date }));
}

/** An indicator's daily score 0–100 over the risk bands, with its events as markers on the line. */
export function scoreChartConfig(input: ScoreChartInput): ScoreChartConfig {
  const series = scoreData(input.points);
  const markers = eventMarkers(input.events ?? [], series);
  const top = axisMax(
    series.map((d) => d.y),
    input.scale,
  );
  const isEvent = (item: TooltipItem<ScoreChartType>) => item.datasetIndex === SCORE_DATASET.events;
  return {
    type: 'line',
    data: {
      datasets: [seriesLineDataset(`${input.name} (score)`, series), eventMarkerDataset(markers)],
    },
    options: {
      ...TIME_SERIES_OPTIONS,
      scales: { x: timeAxis(), y: valueAxis(top, 'Score (0–100)') },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => {
              const raw = items[0]?.raw as DayDatum | undefined;
              return raw ? formatDay(raw.day) : '';
            },
            label: (item) => {
              if (isEvent(item)) return (item.raw as EventDatum).event.title;
              const y = (item.raw as DayDatum).y;
              return `Score ${y.toFixed(1)} (${bandOf(y, input.scale)?.label ?? ''})`;
            },
            afterLabel: (item) => (isEvent(item) ? eventTooltipLines((item.raw as EventDatum).event) : ''),
          },
        },
        annotation: { annotations: bandAnnotations(input.scale, top) },
      },
    },
  };
}

export function scoreChartSummary(input: ScoreChartInput): string {
  const series = scoreData(input.points);
  const stats = seriesStats(series);
  if (!stats) return `${input.name}: no scores in this range.`;
  const band = (v: number) => bandOf(v, input.scale)?.label ?? '';
  const events = input.events?.length ?? 0;
  return (
    `Line chart of the ${input.name} score (0–100) from ${formatDay(series[0].day)} to ${formatDay(stats.last.day)}: ` +
    `latest ${stats.last.y.toFixed(1)} (${band(stats.last.y)}), highest ${stats.max.y.toFixed(1)} (${band(stats.max.y)}) on ${formatDay(stats.max.day)}. ` +
    `${events} ${events === 1 ? 'event' : 'events'} marked.`
  );
}
