import { pathChartConfig, pathPoints } from './path-chart.config';

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
});
