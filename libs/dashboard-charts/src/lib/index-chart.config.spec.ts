import type { TooltipItem } from 'chart.js';
import { BAND_COLOURS } from '@kem/scoring';
import { aPoint } from '../testing/fixtures';
import { ChartEvent, DayDatum, EventDatum } from './chart-types';
import { dayToTime } from './format';
import { INDEX_DATASET, indexChartConfig, indexChartSummary } from './index-chart.config';

const points = [
  aPoint('2022-01-01', { cpc: 10, csto: 2 }),
  aPoint('2022-01-02', { cpc: 10, csto: 35 }, { lower: null, upper: null }),
  aPoint('2022-01-03', { cpc: 12, csto: 30 }),
];
const events: ChartEvent[] = [
  {
    id: 7,
    date: '2022-01-02',
    title: 'CSTO troops deployed',
    severity: 5,
    indicatorName: 'CSTO / Russian military activity',
    sourceName: 'Reuters',
  },
  {
    id: 3,
    date: '2021-12-01',
    title: 'Before the range',
    severity: 4,
    indicatorName: 'CSTO / Russian military activity',
    sourceName: 'AP',
  },
  {
    id: 9,
    date: '2022-02-10',
    title: 'After the last point',
    severity: 3,
    indicatorName: 'CPC pipeline disruptions',
    sourceName: 'Interfax',
  },
];

type Item = TooltipItem<'line' | 'scatter'>;
const item = (datasetIndex: number, raw: unknown) => ({ datasetIndex, raw }) as Item;

describe('indexChartConfig', () => {
  const config = indexChartConfig({ points, events, eventsLabel: 'Events, severity 3+', interval: 'day' });
  const datasets = config.data.datasets;
  const plugins = config.options?.plugins;

  it('shades every band up to the axis top as a labelled box in the band colour', () => {
    expect(config.options?.scales?.['y']?.max).toBe(60); // highest value 47 → headroom → 60
    const boxes = plugins?.annotation?.annotations as Record<
      string,
      { yMin: number; yMax: number; backgroundColor: string; label: { content: string; display: boolean } }
    >;
    expect(Object.keys(boxes)).toEqual(['band-low', 'band-guarded', 'band-elevated']);
    expect(Object.values(boxes).map((b) => [b.yMin, b.yMax])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
    ]);
    expect(boxes['band-elevated'].backgroundColor).toBe(BAND_COLOURS['elevated'].tint);
    expect(Object.values(boxes).map((b) => b.label.display && b.label.content)).toEqual(['Low', 'Guarded', 'Elevated']);
  });

  it('shows all five bands when the index reaches the top of the scale', () => {
    const high = indexChartConfig({ points: [aPoint('2022-01-01', { a: 91 })] });
    const boxes = high.options?.plugins?.annotation?.annotations as Record<string, { yMin: number; yMax: number }>;
    expect(Object.values(boxes).map((b) => b.yMin)).toEqual([0, 20, 40, 60, 80]);
    expect(boxes['band-severe'].yMax).toBe(100);
  });

  it('draws the uncertainty band as an area filled between its lower and upper edges, leaving gaps out', () => {
    const lower = datasets[INDEX_DATASET.lower];
    const upper = datasets[INDEX_DATASET.upper];
    expect(lower.data.map((d) => (d as DayDatum).y)).toEqual([10, 40]);
    expect(upper.data.map((d) => (d as DayDatum).y)).toEqual([15, 45]);
    expect(upper.fill).toBe('-1');
    expect(upper.label).toContain('90 % uncertainty band');
    expect(lower.fill).toBe(false);
    const legendFilter = plugins?.legend?.labels?.filter as (item: { datasetIndex: number }) => boolean;
    expect(legendFilter({ datasetIndex: INDEX_DATASET.lower })).toBe(false);
    expect(legendFilter({ datasetIndex: INDEX_DATASET.upper })).toBe(true);
  });

  it('draws the index line on a time axis from parsed points', () => {
    const line = datasets[INDEX_DATASET.index];
    expect(line.label).toBe('Exposure index');
    expect(line.data).toEqual([
      expect.objectContaining({ x: dayToTime('2022-01-01'), y: 12, day: '2022-01-01' }),
      expect.objectContaining({ x: dayToTime('2022-01-02'), y: 45 }),
      expect.objectContaining({ x: dayToTime('2022-01-03'), y: 42 }),
    ]);
    expect(config.options?.parsing).toBe(false);
    expect(config.options?.scales?.['x']?.type).toBe('time');
  });

  it('marks events as a scatter dataset sitting on the line, leaving out those before the first point', () => {
    const markers = datasets[INDEX_DATASET.events];
    expect(markers.type).toBe('scatter');
    expect(markers.label).toBe('Events, severity 3+');
    const data = markers.data as EventDatum[];
    expect(data.map((d) => [d.event.id, d.y])).toEqual([
      [7, 45],
      [9, 42],
    ]);
    expect(markers.pointRadius).toEqual([7, 5]);
  });

  it('gives event tooltips the title, indicator name, severity and source', () => {
    const callbacks = plugins?.tooltip?.callbacks as unknown as Record<string, (arg: unknown) => unknown>;
    const marker = item(INDEX_DATASET.events, (datasets[INDEX_DATASET.events].data as EventDatum[])[0]);
    expect(callbacks['title']([marker])).toBe('2 Jan 2022');
    expect(callbacks['label'](marker)).toBe('CSTO troops deployed');
    expect(callbacks['afterLabel'](marker)).toEqual([
      'Indicator: CSTO / Russian military activity',
      'Severity 5 of 5 · Extreme',
      'Source: Reuters',
    ]);
  });

  it('gives index tooltips the value, band and uncertainty range, and hides the band edges', () => {
    const callbacks = plugins?.tooltip?.callbacks as unknown as Record<string, (arg: unknown) => unknown>;
    const first = item(INDEX_DATASET.index, datasets[INDEX_DATASET.index].data[0]);
    expect(callbacks['label'](first)).toBe('Index 12.0 (Low)');
    expect(callbacks['afterLabel'](first)).toBe('90 % band 10.0–15.0');
    expect(callbacks['afterLabel'](item(INDEX_DATASET.index, datasets[INDEX_DATASET.index].data[1]))).toBe('');
    const filter = plugins?.tooltip?.filter as (item: Item) => boolean;
    expect([0, 1, 2, 3].map((i) => filter(item(i, null)))).toEqual([false, false, true, true]);
  });

  it('names weekly and monthly periods in the tooltip title', () => {
    const weekly = indexChartConfig({ points, interval: 'week' });
    const title = (weekly.options?.plugins?.tooltip?.callbacks as unknown as Record<string, (arg: unknown) => unknown>)['title'];
    expect(title([item(INDEX_DATASET.index, weekly.data.datasets[INDEX_DATASET.index].data[2])])).toBe('Week to 3 Jan 2022');
  });

  it('summarises the chart in words for screen readers', () => {
    expect(indexChartSummary({ points, events: events.slice(0, 1), interval: 'day' })).toBe(
      'Line chart of the exposure index (0–100), daily values from 1 Jan 2022 to 3 Jan 2022: latest 42.0 (Elevated), ' +
        'lowest 12.0 on 1 Jan 2022, highest 45.0 (Elevated) on 2 Jan 2022. 1 event marked. Shaded bands: Low, Guarded, Elevated, High, Severe.',
    );
    expect(indexChartSummary({ points: [] })).toBe('Exposure index chart: no values in this range.');
  });
});
