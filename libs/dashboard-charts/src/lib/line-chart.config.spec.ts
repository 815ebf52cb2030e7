import { lineChartConfig, PREVIEW_COLORS } from './line-chart.config';

describe('lineChartConfig', () => {
  const line = { label: 'Preview', points: [{ x: 0, y: 30 }], color: PREVIEW_COLORS.preview };

  it('shades and labels every risk band behind the lines, as the index chart does', () => {
    const annotations = lineChartConfig([line]).options?.plugins?.annotation?.annotations as Record<
      string,
      { yMin: number; yMax: number; label: { content: string }; drawTime: string }
    >;
    expect(Object.values(annotations).map((a) => a.label.content)).toEqual(['Low', 'Guarded', 'Elevated', 'High', 'Severe']);
    expect(Object.values(annotations).every((a) => a.drawTime === 'beforeDatasetsDraw')).toBe(true);
    expect(annotations['band-severe']?.yMax).toBe(100);
  });

  it('leaves the bands out on request', () => {
    expect(lineChartConfig([line], true, false).options?.plugins?.annotation?.annotations).toEqual({});
  });
});
