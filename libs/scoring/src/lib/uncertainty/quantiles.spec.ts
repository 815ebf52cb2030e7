import fc from 'fast-check';
import { SeededRandom } from './seeded-random';
import { QuantileSelector, quantile, SliceSeriesQuantiles } from './quantiles';

/** Type-7 quantile by sorting: the reference. */
function sortedQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length ? s[k] + (h - k) * (s[k + 1] - s[k]) : s[k];
}

describe('quantiles (type 7)', () => {
  it('interpolates between order statistics', () => {
    // [1, 2, 3, 4]: p = 0.5 → h = 1.5 → 2 + 0.5·(3 − 2) = 2.5; p = 0.05 → h = 0.15 → 1.15; p = 1 → 4
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.05)).toBeCloseTo(1.15, 12);
    expect(quantile([4, 1, 3, 2], 1)).toBe(4);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('is NaN with NaN values or none', () => {
    expect(quantile([1, Number.NaN, 3], 0.5)).toBeNaN();
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('agrees with sorting for several quantiles of several slices, with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (values, slices) => {
          const n = values.length;
          const buf = Float64Array.from({ length: n * slices }, (_, i) => values[(i * 7 + Math.floor(i / n)) % n] + Math.floor(i / n));
          const selector = new QuantileSelector(n, [0.05, 0.5, 0.95]);
          const out = new Float64Array(3);
          for (let j = 0; j < slices; j++) {
            const slice = Array.from(buf.slice(j * n, (j + 1) * n));
            selector.select(buf, j * n, out);
            expect(Array.from(out)).toEqual([0.05, 0.5, 0.95].map((p) => sortedQuantile(slice, p)));
          }
        },
      ),
    );
  });
});

describe('SliceSeriesQuantiles', () => {
  it('gives the values QuantileSelector gives, for alike, shuffled and NaN slices read with a stride', () => {
    const n = 60;
    const slices = 40;
    const rng = new SeededRandom(12);
    // column t of a draws × slices layout: alike from one slice to the next, then shuffled ones, ties and a NaN
    const values = new Float64Array(n * slices);
    for (let d = 0; d < n; d++) {
      const level = rng.nextFloat() * 50;
      for (let t = 0; t < slices; t++) {
        values[d * slices + t] = t < 20 ? level + t + rng.nextFloat() : t < 30 ? rng.nextFloat() * 100 : Math.floor(rng.nextFloat() * 3);
      }
    }
    values[7 * slices + 35] = Number.NaN;
    const probabilities = [0, 0.05, 0.5, 0.95, 1];
    const series = new SliceSeriesQuantiles(n, probabilities);
    const selector = new QuantileSelector(n, probabilities);
    for (let t = 0; t < slices; t++) {
      const slice = Float64Array.from({ length: n }, (_, d) => values[d * slices + t]);
      const expected = selector.select(slice, 0, new Float64Array(probabilities.length));
      expect(series.next(values, t, slices, new Float64Array(probabilities.length))).toEqual(expected);
    }
  });
});
