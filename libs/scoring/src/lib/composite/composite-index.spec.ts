import { historyOf } from '../testing/scored-history';
import { computeIndex, indexValueAt } from './composite-index';

describe('computeIndex (arithmetic)', () => {
  it('is the weighted mean with contributions w_i·s_i/Σw', () => {
    // w = 3, 1; s = 80, 20 → I = (3·80 + 1·20)/4 = 65; contributions 60 and 5
    const index = computeIndex(historyOf({ a: [80], b: [20] }), { a: 3, b: 1 });
    expect(index.values[0]).toBe(65);
    expect([index.contributions[0][0], index.contributions[1][0]]).toEqual([60, 5]);
  });

  it('leaves out indicators without data and renormalises the remaining weights', () => {
    // day 1: b has no data → I = a = 80 (weight 3/3); day 2: (3·80 + 1·40)/4 = 70
    const index = computeIndex(historyOf({ a: [80, 80], b: [Number.NaN, 40] }), { a: 3, b: 1 });
    expect(Array.from(index.values)).toEqual([80, 70]);
    expect(Number.isNaN(index.contributions[1][0])).toBe(true);
  });

  it('counts a weight-0 indicator as not covered, and has no value when nothing is covered', () => {
    const index = computeIndex(historyOf({ a: [Number.NaN, 50], b: [90, 90] }), { a: 1, b: 0 });
    expect(Number.isNaN(index.values[0])).toBe(true);
    expect(index.values[1]).toBe(50);
    expect(Number.isNaN(index.contributions[1][1])).toBe(true);
    expect(indexValueAt(index, '2024-01-02')).toBe(50);
    expect(indexValueAt(index, '2030-01-01')).toBeNaN();
  });
});

describe('computeIndex (geometric)', () => {
  it('is the shifted geometric mean exp(Σ ŵ ln(s + 1)) − 1 with a 1-point offset', () => {
    // equal weights, s = 80 and 0: exp(½ ln 81 + ½ ln 1) − 1 = 9 − 1 = 8 (the arithmetic mean would be 40)
    const index = computeIndex(historyOf({ a: [80], b: [0] }), { a: 1, b: 1 }, { aggregation: 'geometric' });
    expect(index.values[0]).toBeCloseTo(8, 12);
    // log shares: a has ½·ln 81 of the log mean ln 9, b has 0 → contributions 8 and 0
    expect(index.contributions[0][0]).toBeCloseTo(8, 12);
    expect(index.contributions[1][0]).toBe(0);
  });

  it('weights the logs: w = 3, 1, s = 60, 20 → exp(¾ ln 61 + ¼ ln 21) − 1 = 45.73', () => {
    const index = computeIndex(historyOf({ a: [60], b: [20] }), { a: 3, b: 1 }, { aggregation: 'geometric' });
    expect(index.values[0]).toBeCloseTo(45.73, 2);
  });

  it('maps all-zero scores to 0', () => {
    const index = computeIndex(historyOf({ a: [0], b: [0] }), { a: 1, b: 1 }, { aggregation: 'geometric' });
    expect(index.values[0]).toBe(0);
    expect(index.contributions[0][0]).toBe(0);
  });

  it('rejects a non-positive offset or an unknown method', () => {
    const history = historyOf({ a: [1] });
    expect(() => computeIndex(history, { a: 1 }, { aggregation: 'geometric', geometricOffset: 0 })).toThrow('"geometricOffset"');
    expect(() => computeIndex(history, { a: 1 }, { aggregation: 'median' as 'geometric' })).toThrow('"aggregation"');
  });
});
