import type { CompactIndexSeries } from './composite-index';

/** ŵ_i(t): the index's weights renormalised over the indicators covered at day t (0 for the others). */
export function normalisedWeights(index: CompactIndexSeries, t: number): Float64Array {
  const w = new Float64Array(index.keys.length);
  let total = 0;
  index.keys.forEach((_, i) => {
    if (index.weights[i] > 0 && !Number.isNaN(index.scores[i][t])) total += w[i] = index.weights[i];
  });
  for (let i = 0; i < w.length; i++) w[i] /= total;
  return w;
}
