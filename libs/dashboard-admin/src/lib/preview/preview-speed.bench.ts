import { computeIndex, type ScoredHistory } from '@kem/scoring';
import { median } from './preview-math';

/**
 * The live preview's maths on synthetic data: computeIndex over `years` of daily scores for
 * `indicators` indicators, as on every slider move. Returns the median wall time (ms) of `runs` runs
 * per aggregation method after a warm-up. Run it in a plain Node or browser realm: jest's sandbox
 * makes every global lookup (Math, Number) many times slower and would overstate the figure.
 */
export function measurePreviewMaths(years = 10, indicators = 8, runs = 200): { days: number; arithmetic: number; geometric: number } {
  const history = syntheticHistory(Math.round(years * 365.25), indicators);
  const keys = history.series.map((s) => s.key);
  const result = { days: history.days, arithmetic: 0, geometric: 0 };
  for (const aggregation of ['arithmetic', 'geometric'] as const) {
    const timings: number[] = [];
    for (let run = 0; run < runs + 20; run++) {
      const weights = Object.fromEntries(keys.map((k, i) => [k, 1 + ((run + i) % 9)]));
      const start = performance.now();
      const index = computeIndex(history, weights, { aggregation });
      const elapsed = performance.now() - start;
      if (Number.isNaN(index.values[history.days - 1])) throw new Error('no index value on the last day');
      if (run >= 20) timings.push(elapsed); // the first runs warm up the JIT
    }
    result[aggregation] = median(timings);
  }
  return result;
}

/** Random-walk scores in [0, 100] from a fixed seed; the last indicator has no data for its first two years. */
export function syntheticHistory(days: number, indicators: number): ScoredHistory {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const series = Array.from({ length: indicators }, (_, i) => {
    const values = new Float64Array(days);
    let level = 20 + i * 5;
    for (let t = 0; t < days; t++) {
      level = Math.min(100, Math.max(0, level + (random() - 0.5) * 4));
      values[t] = i === indicators - 1 && t < 730 ? Number.NaN : level;
    }
    return { key: `indicator_${i}`, from: '2016-01-01', values };
  });
  return { from: '2016-01-01', to: '2025-12-31', days, series };
}
