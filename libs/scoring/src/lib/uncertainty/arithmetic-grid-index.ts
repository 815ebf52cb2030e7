/**
 * The weighted arithmetic index I(t) = Σ_{i covered} w_i s_i(t) / Σ_{i covered} w_i for a whole grid
 * at once, indicator by indicator over contiguous arrays (the Monte Carlo inner loop). Coverage is
 * fixed across draws — only weights and event-based scores vary, and those always have data — so
 * missing data is precomputed as a 0/1 mask.
 */
export class ArithmeticGridIndex {
  /** Per indicator: 1 where it has data, 0 where not; null when it has data everywhere. */
  private readonly coverage: (Float64Array | null)[];
  private readonly numerator: Float64Array;
  private readonly denominator: Float64Array;

  /** @param baseline per-indicator scores on the grid (NaN = no data), defining the coverage */
  constructor(baseline: readonly Float64Array[]) {
    this.coverage = baseline.map((s) => (s.some(Number.isNaN) ? Float64Array.from(s, (v) => (Number.isNaN(v) ? 0 : 1)) : null));
    const size = baseline.length > 0 ? baseline[0].length : 0;
    this.numerator = new Float64Array(size);
    this.denominator = new Float64Array(size);
  }

  /**
   * Writes I(t_j) to out[j] (NaN where no indicator with weight > 0 has data).
   * @param scores  per-indicator grid scores (NaN only where the coverage mask is 0)
   * @param weights w_i ≥ 0
   */
  compute(scores: readonly Float64Array[], weights: Float64Array, out: Float64Array): void {
    const num = this.numerator.fill(0);
    const den = this.denominator.fill(0);
    const size = num.length;
    let fullDen = 0;
    for (let i = 0; i < scores.length; i++) {
      const w = weights[i];
      if (w === 0) continue;
      const s = scores[i];
      const mask = this.coverage[i];
      if (mask === null) {
        fullDen += w;
        for (let j = 0; j < size; j++) num[j] += w * s[j];
      } else {
        for (let j = 0; j < size; j++) {
          if (mask[j] !== 0) num[j] += w * s[j];
          den[j] += w * mask[j];
        }
      }
    }
    for (let j = 0; j < size; j++) {
      const total = den[j] + fullDen;
      out[j] = total > 0 ? num[j] / total : Number.NaN;
    }
  }
}
