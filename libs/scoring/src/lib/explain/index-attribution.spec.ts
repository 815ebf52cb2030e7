import { computeIndex } from '../composite/composite-index';
import { ScoringParameterError } from '../errors';
import { historyOf } from '../testing/scored-history';
import { attributeIndexChange, logarithmicMean } from './index-attribution';

describe('attributeIndexChange (arithmetic)', () => {
  it('is exactly ΔI = Σ (w_i/Σw)(s_i(t1) − s_i(t0)) when coverage is unchanged', () => {
    // w = 3, 1; a: 40 → 60, b: 20 → 10. I0 = (120 + 20)/4 = 35; I1 = (180 + 10)/4 = 47.5; ΔI = 12.5
    // a: ¾·(+20) = +15; b: ¼·(−10) = −2.5; 15 − 2.5 = 12.5
    const index = computeIndex(historyOf({ a: [40, 60], b: [20, 10] }), { a: 3, b: 1 });
    const result = attributeIndexChange(index, '2024-01-01', '2024-01-02');
    expect(result.change).toBe(12.5);
    expect(result.indicators.map((i) => [i.key, i.change, i.scoreEffect, i.coverageEffect])).toEqual([
      ['a', 15, 15, 0],
      ['b', -2.5, -2.5, 0],
    ]);
    expect(result.entered).toEqual([]);
  });

  it('splits score and coverage effects when an indicator enters, still summing to the change', () => {
    // w = 3, 1; a: 40 → 60; b: no data → 10. I0 = 40 (a alone); I1 = (180 + 10)/4 = 47.5; ΔI = 7.5
    // a: ŵ 1 → ¾; Δc = ¾·60 − 1·40 = 5 = score effect ((1 + ¾)/2)·20 = 17.5 + coverage effect (¾ − 1)·50 = −12.5
    // b: entered; Δc = ¼·10 = 2.5, all coverage effect. 5 + 2.5 = 7.5
    const index = computeIndex(historyOf({ a: [40, 60], b: [Number.NaN, 10] }), { a: 3, b: 1 });
    const result = attributeIndexChange(index, '2024-01-01', '2024-01-02');
    const [a, b] = result.indicators;
    expect(result.change).toBe(7.5);
    expect([a.change, a.scoreEffect, a.coverageEffect]).toEqual([5, 17.5, -12.5]);
    expect([b.status, b.change, b.scoreEffect, b.coverageEffect, b.scoreFrom]).toEqual(['entered', 2.5, 0, 2.5, null]);
    expect(result.entered).toEqual(['b']);
  });

  it('rejects dates outside the index or without a value', () => {
    const index = computeIndex(historyOf({ a: [Number.NaN, 60] }), { a: 1 });
    expect(() => attributeIndexChange(index, '2023-12-31', '2024-01-02')).toThrow(ScoringParameterError);
    expect(() => attributeIndexChange(index, '2024-01-01', '2024-01-02')).toThrow('the index has no value on this date');
  });
});

describe('attributeIndexChange (geometric, log decomposition)', () => {
  it('attributes Λ·ŵ_i·Δln(s_i + 1) with Λ the logarithmic mean of I + 1', () => {
    // equal weights; a: 60 → 80, b: 20 → 10; ε = 1
    // I0 = √(61·21) − 1 = 34.791; I1 = √(81·11) − 1 = 28.850; ΔI = −5.941
    // Λ = (29.850 − 35.791)/(ln 29.850 − ln 35.791) = 32.731
    // a: Λ·½·ln(81/61) = +4.641; b: Λ·½·ln(11/21) = −10.582; sum −5.941
    const index = computeIndex(historyOf({ a: [60, 80], b: [20, 10] }), { a: 1, b: 1 }, { aggregation: 'geometric' });
    const result = attributeIndexChange(index, '2024-01-01', '2024-01-02');
    expect(result.change).toBeCloseTo(-5.941, 3);
    expect(result.indicators[0].change).toBeCloseTo(4.641, 3);
    expect(result.indicators[1].change).toBeCloseTo(-10.582, 3);
    expect(result.indicators[0].change + result.indicators[1].change).toBeCloseTo(result.change, 10);
  });

  it('uses the mean when both values are equal', () => {
    expect(logarithmicMean(5, 5)).toBe(5);
    // (e² − e)/(2 − 1) = 4.6708
    expect(logarithmicMean(Math.E ** 2, Math.E)).toBeCloseTo(4.6708, 4);
  });
});
