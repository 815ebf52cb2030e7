import fc from 'fast-check';
import { computeIndex } from '../composite/composite-index';
import { addDays } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import type { ScoredHistory } from '../model/series';
import { weightSensitivity } from './weight-sensitivity';

function historyOf(scores: Record<string, number[]>, from = '2024-01-01'): ScoredHistory {
  const series = Object.entries(scores).map(([key, values]) => ({ key, from, values: Float64Array.from(values) }));
  return { from, to: addDays(from, series[0].values.length - 1), days: series[0].values.length, series };
}

describe('weightSensitivity', () => {
  it('gives ∂I/∂w_i = (s_i − I)/Σw and the effect of a +10 % weight', () => {
    // s = 80, 20; w = 1, 1 → I = 50, Σw = 2; ∂I/∂w_a = (80 − 50)/2 = 15, ∂I/∂w_b = −15
    // w_a → 1.1: I = (88 + 20)/2.1 = 51.43 → +1.43
    const result = weightSensitivity(computeIndex(historyOf({ a: [80], b: [20] }), { a: 1, b: 1 }), '2024-01-01');
    const [a, b] = result.indicators;
    expect([result.index, a.derivative, b.derivative]).toEqual([50, 15, -15]);
    expect(a.bumpedIndex).toBeCloseTo(51.43, 2);
    expect(a.indexChange).toBeCloseTo(1.43, 2);
  });

  it('reports 0 for an indicator without data and the one-sided derivative for a weight-0 one', () => {
    // c has no data; b has weight 0: (20 − 80)/1 = −60, and raising 0 by 10 % changes nothing
    const index = computeIndex(historyOf({ a: [80], b: [20], c: [Number.NaN] }), { a: 1, b: 0, c: 5 });
    const [, b, c] = weightSensitivity(index, '2024-01-01').indicators;
    expect([b.derivative, b.indexChange, b.normalisedWeight]).toEqual([-60, 0, 0]);
    expect([c.derivative, c.indexChange, c.score]).toEqual([0, 0, null]);
  });

  it.each(['arithmetic', 'geometric'] as const)('matches a finite difference for the %s mean', (aggregation) => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.double({ min: 0, max: 100, noNaN: true }), w: fc.double({ min: 0.1, max: 10, noNaN: true }) }), {
          minLength: 2,
          maxLength: 6,
        }),
        (rows) => {
          const scores = Object.fromEntries(rows.map((r, i) => [`k${i}`, [r.s]]));
          const weights = Object.fromEntries(rows.map((r, i) => [`k${i}`, r.w]));
          const index = computeIndex(historyOf(scores), weights, { aggregation });
          const h = 1e-6;
          const result = weightSensitivity(index, '2024-01-01', h / rows[0].w);
          // bump of w_0 by h: (I(w_0 + h) − I)/h = ∂I/∂w_0 + O(h·∂²I/∂w_0²), and ∂²I/∂w² ~ ∂I/∂w / Σw
          const { indexChange, derivative } = result.indicators[0];
          expect(Math.abs(indexChange / h - derivative)).toBeLessThanOrEqual(1e-3 * Math.max(1, Math.abs(derivative)));
        },
      ),
    );
  });

  it('rejects an invalid bump or date', () => {
    const index = computeIndex(historyOf({ a: [80] }), { a: 1 });
    expect(() => weightSensitivity(index, '2024-01-01', -1)).toThrow(ScoringParameterError);
    expect(() => weightSensitivity(index, '2024-01-01', Number.NaN)).toThrow('"relativeBump"');
    expect(() => weightSensitivity(index, '2025-01-01')).toThrow('"date"');
  });
});
