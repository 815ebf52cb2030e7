import { ScoreHistoryView } from '@kem/contracts';
import { InvalidWeightsError } from '@kem/scoring';
import { median, normalisedShares, previewValues, sameWeights, summarisePreview, toChartPoints, toScoredHistory } from './preview-math';

const view: ScoreHistoryView = {
  from: '2024-01-01',
  to: '2024-01-03',
  keys: ['cpc', 'trade'],
  scores: [
    [10, 20, 30],
    [null, 40, 60],
  ],
};

describe('preview maths', () => {
  it('turns the score table into a ScoredHistory with NaN where an indicator has no data', () => {
    const history = toScoredHistory(view);
    expect(history.days).toBe(3);
    expect(history.series.map((s) => s.key)).toEqual(['cpc', 'trade']);
    expect(Array.from(history.series[1].values)).toEqual([NaN, 40, 60]);
    expect(history.series[0].from).toBe('2024-01-01');
  });

  it('re-weights in the browser: weighted mean, renormalised over the covered indicators', () => {
    const history = toScoredHistory(view);
    // Day 1: only cpc covered → 10. Day 2: (1·20 + 3·40)/4 = 35. Day 3: (1·30 + 3·60)/4 = 52.5.
    expect(Array.from(previewValues(history, { cpc: 1, trade: 3 }, 'arithmetic'))).toEqual([10, 35, 52.5]);
    // Geometric (shifted by 1 point): never above the arithmetic mean.
    const geometric = previewValues(history, { cpc: 1, trade: 3 }, 'geometric');
    expect(geometric[2]).toBeLessThan(52.5);
    expect(geometric[2]).toBeGreaterThan(30);
    expect(() => previewValues(history, { cpc: 0, trade: 0 }, 'arithmetic')).toThrow(InvalidWeightsError);
  });

  it.each([
    [
      { a: 1, b: 1, c: 1 },
      { a: 33.4, b: 33.3, c: 33.3 },
    ],
    [
      { a: 18, b: 12, c: 14, d: 7 },
      { a: 35.3, b: 23.5, c: 27.5, d: 13.7 },
    ],
    [
      { a: 0, b: 5, c: 0 },
      { a: 0, b: 100, c: 0 },
    ],
  ])('gives shares in %% that sum to exactly 100 (%o)', (weights, expected) => {
    const keys = Object.keys(weights);
    const shares = normalisedShares(weights, keys);
    expect(shares).toEqual(expected);
    expect(Math.round(keys.reduce((sum, k) => sum + shares[k] * 10, 0))).toBe(1000);
  });

  it('sums shares to 100 for many random weight sets', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (let run = 0; run < 200; run++) {
      const weights = Object.fromEntries(keys.map((k) => [k, Math.round(Math.random() * 1000) / 10]));
      weights['a'] += 0.1;
      const shares = normalisedShares(weights, keys);
      expect(Math.round(keys.reduce((sum, k) => sum + shares[k] * 10, 0))).toBe(1000);
    }
  });

  it('shows no shares for weights that sum to 0', () => {
    expect(normalisedShares({ a: 0, b: 0 }, ['a', 'b'])).toEqual({ a: 0, b: 0 });
  });

  it('makes chart points in UTC milliseconds, skipping gaps, thinning by a step and keeping the last day', () => {
    const values = [1, NaN, 3, 4, 5];
    expect(toChartPoints('2024-01-01', values)).toEqual([
      { x: Date.UTC(2024, 0, 1), y: 1 },
      { x: Date.UTC(2024, 0, 3), y: 3 },
      { x: Date.UTC(2024, 0, 4), y: 4 },
      { x: Date.UTC(2024, 0, 5), y: 5 },
    ]);
    expect(toChartPoints('2024-01-01', [1, 2, 3, 4], 2).map((p) => p.y)).toEqual([1, 3, 4]);
  });

  it('summarises the preview against the saved index: latest values and the largest change', () => {
    expect(summarisePreview([10, 20, 30, NaN], [10, 28, 25, NaN])).toEqual({
      savedLatest: 30,
      previewLatest: 25,
      largestChange: 8,
      largestChangeAt: 1,
    });
    expect(summarisePreview([NaN], [NaN])).toBeNull();
  });

  it('compares weights key by key and takes medians', () => {
    expect(sameWeights({ a: 1, b: 2 }, { a: 1, b: 2 }, ['a', 'b'])).toBe(true);
    expect(sameWeights({ a: 1, b: 2 }, { a: 1, b: 3 }, ['a', 'b'])).toBe(false);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('aligned weights', () => {
  it('gives the history exactly its own keys: missing ones 0, unknown ones dropped', () => {
    const history = toScoredHistory(view);
    expect(Array.from(previewValues(history, { cpc: 1, gone: 5 }, 'arithmetic'))).toEqual([10, 20, 30]);
  });
});
