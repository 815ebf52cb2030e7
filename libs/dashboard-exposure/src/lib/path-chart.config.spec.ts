import { bandLabel, pathChartConfig, pathPoints } from './path-chart.config';

describe('path chart config', () => {
  it('turns daily values into points, leaving out days without a value', () => {
    expect(pathPoints('2026-12-01', [10, null, 12])).toEqual([
      { x: Date.parse('2026-12-01T00:00:00Z'), y: 10 },
      { x: Date.parse('2026-12-03T00:00:00Z'), y: 12 },
    ]);
  });

  it('draws the baseline dashed beside the scenario over shaded bands, with today marked', () => {
    const config = pathChartConfig(
      '2026-12-01',
      [
        { label: 'Baseline', values: [30, 30], color: '#6b7280', dashed: true },
        { label: 'Scenario', values: [30, 45], color: '#b3261e' },
      ],
      '2026-12-02',
    );
    expect(config.data.datasets.map((d) => [d.label, d.borderDash])).toEqual([
      ['Baseline', [6, 4]],
      ['Scenario', []],
    ]);
    const annotations = (config.options?.plugins as { annotation: { annotations: Record<string, { yMin?: number; xMin?: number }> } })
      .annotation.annotations;
    expect(Object.keys(annotations)).toEqual(['band-low', 'band-guarded', 'band-elevated', 'band-high', 'band-severe', 'mark']);
    expect(annotations['band-elevated'].yMin).toBe(40);
    expect(annotations['mark'].xMin).toBe(Date.parse('2026-12-02T00:00:00Z'));
    expect(config.options?.scales?.['y']?.max).toBe(100);
  });

  it('shades a path’s 90 % band behind the lines, one legend entry per band and none in the tooltip', () => {
    const config = pathChartConfig('2026-12-01', [
      { label: 'Baseline', values: [30, 30], color: '#6b7280', dashed: true },
      { label: 'Scenario', values: [30, 45], color: '#b3261e', band: { lower: [null, 40], upper: [null, 51] } },
    ]);
    const datasets = config.data.datasets as { label?: string; data: { x: number; y: number }[]; fill?: unknown }[];
    expect(datasets.map((d) => d.label)).toEqual(['kem-band-lower', bandLabel('Scenario'), 'Baseline', 'Scenario']);
    expect(datasets[0].data).toEqual([{ x: Date.parse('2026-12-02T00:00:00Z'), y: 40 }]);
    expect(datasets[1]).toMatchObject({ data: [{ x: Date.parse('2026-12-02T00:00:00Z'), y: 51 }], fill: '-1' });
    const plugins = config.options?.plugins as {
      legend: { labels: { filter: (item: { text: string }) => boolean } };
      tooltip: { filter: (item: { dataset: { label?: string } }) => boolean };
    };
    expect(datasets.map((d) => plugins.legend.labels.filter({ text: d.label ?? '' }))).toEqual([false, true, true, true]);
    expect(datasets.map((d) => plugins.tooltip.filter({ dataset: { label: d.label } }))).toEqual([false, false, true, true]);
  });
});
