import type { IndexInterval, IndexPointView } from '@kem/contracts';
import type { ChartConfiguration } from 'chart.js';
import { CHART_COLORS, indicatorColor, TIME_SERIES_OPTIONS, timeAxis, withAlpha } from './chart-common';
import { ChartIndicator, DayDatum } from './chart-types';
import { dayToTime, formatDay, formatPeriod, INTERVAL_WORDS } from './format';

export interface ContributionsChartInput {
  points: readonly IndexPointView[];
  /** Indicators in the order to stack them (bottom first); keys found only in the data follow, named by key. */
  indicators: readonly ChartIndicator[];
  interval?: IndexInterval;
}

export type ContributionsChartConfig = ChartConfiguration<'line', DayDatum[]>;

/** Every indicator that appears, in the given order, then unknown keys in order of appearance. */
export function stackOrder(points: readonly IndexPointView[], indicators: readonly ChartIndicator[]): ChartIndicator[] {
  const order = [...indicators];
  const known = new Set(indicators.map((i) => i.key));
  for (const p of points) {
    for (const key of Object.keys(p.contributions)) {
      if (!known.has(key)) {
        known.add(key);
        order.push({ key, name: key });
      }
    }
  }
  return order;
}

/**
 * Stacked areas, one per indicator, of the index points each contributes; the top edge of the stack
 * is the index itself. An indicator without data on a day contributes 0 there.
 */
export function contributionsChartConfig(input: ContributionsChartInput): ContributionsChartConfig {
  const interval = input.interval ?? 'day';
  const order = stackOrder(input.points, input.indicators);
  const datasets = order.map((indicator, i) => {
    const color = indicatorColor(i);
    return {
      label: indicator.name,
      data: input.points.map((p) => ({ x: dayToTime(p.date), y: p.contributions[indicator.key] ?? 0, day: p.date })),
      borderColor: color,
      backgroundColor: withAlpha(color, 0.75),
      borderWidth: 1,
      pointRadius: 0,
      pointHitRadius: 4,
      fill: i === 0 ? ('origin' as const) : ('-1' as const),
      tension: 0,
    };
  });
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...TIME_SERIES_OPTIONS,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: timeAxis(),
        y: {
          type: 'linear',
          stacked: true,
          min: 0,
          grid: { color: CHART_COLORS.grid },
          title: { display: true, text: 'Index points' },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'rect' } },
        tooltip: {
          itemSort: (a, b) => (b.raw as DayDatum).y - (a.raw as DayDatum).y,
          filter: (item) => (item.raw as DayDatum).y >= 0.05,
          callbacks: {
            title: (items) => {
              const raw = items[0]?.raw as DayDatum | undefined;
              return raw ? formatPeriod(raw.day, interval) : '';
            },
            label: (item) => `${item.dataset.label}: ${(item.raw as DayDatum).y.toFixed(1)}`,
            footer: (items) => {
              const raw = items[0]?.raw as DayDatum | undefined;
              if (!raw) return '';
              const point = input.points.find((p) => p.date === raw.day);
              return point?.value != null ? `Index ${point.value.toFixed(1)}` : '';
            },
          },
        },
      },
    },
  };
}

/** What the contributions chart shows, in words: the range and the largest contributors at its end. */
export function contributionsChartSummary(input: ContributionsChartInput): string {
  const { points } = input;
  if (points.length === 0) return 'Contributions chart: no values in this range.';
  const last = points[points.length - 1];
  const names = new Map(stackOrder(points, input.indicators).map((i) => [i.key, i.name]));
  const top = Object.entries(last.contributions)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([key, v]) => `${names.get(key) ?? key} ${v.toFixed(1)}`)
    .join(', ');
  return (
    `Stacked area chart of each indicator's contribution to the index, ${INTERVAL_WORDS[input.interval ?? 'day']} from ` +
    `${formatDay(points[0].date)} to ${formatDay(last.date)}. On the last day the index is ${last.value?.toFixed(1) ?? 'without a value'}; largest contributions: ${top}.`
  );
}
