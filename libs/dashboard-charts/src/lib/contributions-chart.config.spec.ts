import { aPoint } from '../testing/fixtures';
import { DayDatum } from './chart-types';
import { contributionsChartConfig, contributionsChartSummary } from './contributions-chart.config';

const indicators = [
  { key: 'cpc', name: 'CPC pipeline disruptions' },
  { key: 'csto', name: 'CSTO / Russian military activity' },
];
const points = [aPoint('2024-01-31', { cpc: 3, csto: 1 }), aPoint('2024-02-29', { cpc: 2.5, csto: 1.25, trade: 4 })];

describe('contributionsChartConfig', () => {
  const config = contributionsChartConfig({ points, indicators, interval: 'month' });
  const datasets = config.data.datasets;

  it('stacks one filled area per indicator, named for the legend, unknown keys last', () => {
    expect(datasets.map((d) => d.label)).toEqual(['CPC pipeline disruptions', 'CSTO / Russian military activity', 'trade']);
    expect(datasets.map((d) => d.fill)).toEqual(['origin', '-1', '-1']);
    expect(config.options?.scales?.['y']?.stacked).toBe(true);
    expect(config.options?.plugins?.legend?.position).toBe('bottom');
    expect(new Set(datasets.map((d) => d.borderColor)).size).toBe(3);
  });

  it('counts an indicator without data on a day as 0 there', () => {
    expect(datasets[2].data.map((d) => (d as DayDatum).y)).toEqual([0, 4]);
    expect(datasets[0].data.map((d) => (d as DayDatum).y)).toEqual([3, 2.5]);
  });

  it('lists contributions biggest first in the tooltip, with the index as footer', () => {
    const tooltip = config.options?.plugins?.tooltip;
    const callbacks = tooltip?.callbacks as unknown as Record<string, (arg: unknown) => unknown>;
    const items = datasets.map((d, i) => ({ datasetIndex: i, dataset: d, raw: d.data[1] }));
    expect(callbacks['title'](items)).toBe('February 2024');
    expect(callbacks['label'](items[1])).toBe('CSTO / Russian military activity: 1.3');
    expect(callbacks['footer'](items)).toBe('Index 7.8');
    const sorted = [...items].sort(tooltip?.itemSort as never);
    expect(sorted.map((i) => i.datasetIndex)).toEqual([2, 0, 1]);
  });

  it('summarises the largest contributions on the last day', () => {
    expect(contributionsChartSummary({ points, indicators, interval: 'month' })).toContain(
      'On the last day the index is 7.8; largest contributions: trade 4.0, CPC pipeline disruptions 2.5, CSTO / Russian military activity 1.3.',
    );
  });
});
