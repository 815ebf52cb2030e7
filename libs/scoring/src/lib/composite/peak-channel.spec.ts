import { attributeIndexChange } from '../explain/index-attribution';
import { historyOf } from '../testing/scored-history';
import { computeIndex } from './composite-index';

describe('peak-channel term I = mean + λ(max − mean)', () => {
  it('is exact and decomposes: s = 80, 20, 50 with w = 1, 1, 2 and λ = 0.5', () => {
    // mean = (80 + 20 + 100)/4 = 50; I = 50 + 0.5·(80 − 50) = 65
    // contributions: 0.5·20 + 0.5·80 = 50, 0.5·5 = 2.5, 0.5·25 = 12.5 → sum 65
    const index = computeIndex(historyOf({ a: [80], b: [20], c: [50] }), { a: 1, b: 1, c: 2 }, { peakChannel: 0.5 });
    expect(index.values[0]).toBe(65);
    expect(index.contributions.map((c) => c[0])).toEqual([50, 2.5, 12.5]);
  });

  it('keeps version 1 with λ = 0 and rejects λ outside [0, 1]', () => {
    const h = historyOf({ a: [80], b: [20] });
    expect(computeIndex(h, { a: 1, b: 1 }).values[0]).toBe(50);
    expect(() => computeIndex(h, { a: 1, b: 1 }, { peakChannel: 1.5 })).toThrow('"peakChannel"');
  });

  it('shares the peak between ties and leaves out uncovered indicators', () => {
    const index = computeIndex(historyOf({ a: [60], b: [60], c: [Number.NaN] }), { a: 1, b: 1, c: 1 }, { peakChannel: 1 });
    expect(index.values[0]).toBe(60);
    expect([index.contributions[0][0], index.contributions[1][0]]).toEqual([30, 30]);
  });

  it.each(['arithmetic', 'geometric'] as const)('attributes a change exactly when the peak moves (%s)', (aggregation) => {
    const h = historyOf({ a: [80, 30, 30], b: [20, 70, 70], c: [50, 40, Number.NaN] });
    const index = computeIndex(h, { a: 1, b: 1, c: 2 }, { peakChannel: 0.3, aggregation });
    for (const to of ['2024-01-02', '2024-01-03']) {
      const attribution = attributeIndexChange(index, '2024-01-01', to);
      const sum = attribution.indicators.reduce((acc, i) => acc + i.change, 0);
      expect(sum).toBeCloseTo(attribution.change, 10);
      for (const i of attribution.indicators) expect(i.scoreEffect + i.coverageEffect).toBeCloseTo(i.change, 12);
    }
  });
});
