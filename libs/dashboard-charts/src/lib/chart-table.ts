import { bandOf } from './bands';
import { severityText } from './chart-common';
import { ContributionsChartInput, stackOrder } from './contributions-chart.config';
import { formatDay, formatPeriod } from './format';
import { IndexChartInput } from './index-chart.config';
import { ScoreChartInput } from './score-chart.config';

/** A column of a chart's data table: its heading; numbers are right-aligned, long text wraps. */
export interface ChartTableColumn {
  heading: string;
  align?: 'num' | 'wrap';
}

/** A cell: text, or a link that opens in a new tab (an event's source). */
export type ChartTableCell = string | { text: string; href: string };

/** One table of a chart's data-table alternative: a scrollable region named `label`, its caption, columns and rows. */
export interface ChartTable {
  label: string;
  caption: string;
  columns: readonly ChartTableColumn[];
  rows: readonly { key: string | number; cells: readonly ChartTableCell[] }[];
}

const oneDecimal = (value: number | null | undefined): string => value?.toFixed(1) ?? '–';
const indexValue = (value: number | null): string => (value === null ? 'no value' : value.toFixed(1));

/** The index chart's data: the index per period with its band and uncertainty, then the events it marks (if any). */
export function indexChartTables(input: IndexChartInput): ChartTable[] {
  const { points, events = [], eventsLabel = 'Events', interval = 'day', scale } = input;
  const tables: ChartTable[] = [
    {
      label: 'Index values',
      caption: `Index values (${points.length})`,
      columns: [
        { heading: 'Period' },
        { heading: 'Index', align: 'num' },
        { heading: 'Band' },
        { heading: '5th pct.', align: 'num' },
        { heading: '95th pct.', align: 'num' },
      ],
      rows: points.map((p) => ({
        key: p.date,
        cells: [
          formatPeriod(p.date, interval),
          indexValue(p.value),
          p.value === null ? '–' : (bandOf(p.value, scale)?.label ?? ''),
          oneDecimal(p.lower),
          oneDecimal(p.upper),
        ],
      })),
    },
  ];
  if (events.length > 0)
    tables.push({
      label: 'Events marked on the chart',
      caption: eventsLabel,
      columns: [
        { heading: 'Date' },
        { heading: 'Event', align: 'wrap' },
        { heading: 'Indicator' },
        { heading: 'Severity' },
        { heading: 'Source' },
      ],
      rows: events.map((e) => ({
        key: e.id,
        cells: [
          formatDay(e.date),
          e.title,
          e.indicatorName ?? '',
          severityText(e.severity),
          e.sourceUrl ? { text: e.sourceName, href: e.sourceUrl } : e.sourceName,
        ],
      })),
    });
  return tables;
}

/** The contributions chart's data: each indicator's index points per period, in stack order, and the index. */
export function contributionsChartTable(input: ContributionsChartInput): ChartTable {
  const { points, interval = 'day' } = input;
  const indicators = stackOrder(points, input.indicators);
  return {
    label: 'Contributions by indicator',
    caption: 'Index points contributed by each indicator',
    columns: [
      { heading: 'Period' },
      ...indicators.map((i) => ({ heading: i.name, align: 'num' as const })),
      { heading: 'Index', align: 'num' },
    ],
    rows: points.map((p) => ({
      key: p.date,
      cells: [formatPeriod(p.date, interval), ...indicators.map((i) => oneDecimal(p.contributions[i.key])), indexValue(p.value)],
    })),
  };
}

/** The score chart's data: the indicator's score and band per day. */
export function scoreChartTable(input: ScoreChartInput): ChartTable {
  return {
    label: 'Scores',
    caption: `${input.name}: daily scores (${input.points.length})`,
    columns: [{ heading: 'Day' }, { heading: 'Score', align: 'num' }, { heading: 'Band' }],
    rows: input.points.map((p) => ({
      key: p.date,
      cells: [formatDay(p.date), p.score.toFixed(1), bandOf(p.score, input.scale)?.label ?? ''],
    })),
  };
}
