import type { ResolvedAggregation } from '../composite/aggregation';

/**
 * The composite of one Monte Carlo draw as per-day running sums over the covered indicators
 * (formulas in composite/aggregation): Σ w_i s_i (arithmetic) or Σ w_i ln(s_i + ε) (geometric) and
 * max s_i, filled indicator by indicator over contiguous arrays, then turned into
 * I = M + λ(max − M). Which indicators are covered on a day is the same in every draw (only scores
 * and weights vary), so Σ w_i over the covered ones is worked out once per draw for each distinct
 * coverage pattern instead of being summed day by day.
 */
export class DrawSums {
  private readonly weighted: Float64Array;
  private readonly max: Float64Array;
  private readonly geometric: boolean;
  /** ε of the shifted geometric mean. */
  private readonly offset: number;
  /** Coverage pattern of each day, and per pattern which indicators it covers. */
  private readonly patternOf: Int32Array;
  private readonly patterns: readonly Uint8Array[];
  private readonly patternWeight: Float64Array;

  /** @param coverage per indicator, 1 on the days it has a score (monitored, with data) */
  constructor(days: number, method: ResolvedAggregation, coverage: readonly Uint8Array[]) {
    this.weighted = new Float64Array(days);
    this.max = new Float64Array(days);
    this.geometric = method.aggregation === 'geometric';
    this.offset = method.geometricOffset;
    this.patternOf = new Int32Array(days);
    const ids = new Map<string, number>();
    const patterns: Uint8Array[] = [];
    for (let t = 0; t < days; t++) {
      const mask = Uint8Array.from(coverage, (c) => c[t]);
      const key = mask.join('');
      let id = ids.get(key);
      if (id === undefined) {
        id = patterns.push(mask) - 1;
        ids.set(key, id);
      }
      this.patternOf[t] = id;
    }
    this.patterns = patterns;
    this.patternWeight = new Float64Array(patterns.length);
  }

  /** Empties the sums for a draw with these weights (an indicator with weight 0 is left out). */
  reset(weights: ArrayLike<number>): void {
    this.weighted.fill(0);
    this.max.fill(Number.NEGATIVE_INFINITY);
    this.patterns.forEach((mask, p) => {
      let total = 0;
      for (let i = 0; i < mask.length; i++) if (mask[i] === 1 && weights[i] > 0) total += weights[i];
      this.patternWeight[p] = total;
    });
  }

  /** Adds score v of a covered day t with weight w > 0. */
  add(t: number, v: number, w: number): void {
    this.weighted[t] += this.geometric ? w * Math.log(v + this.offset) : w * v;
    if (v > this.max[t]) this.max[t] = v;
  }

  /** Writes I(t) = M + λ(max − M) to out[at + t]; NaN where no indicator is covered. */
  finish(lambda: number, out: Float64Array, at: number): void {
    const { weighted, max, geometric, offset, patternOf, patternWeight } = this;
    for (let t = 0; t < weighted.length; t++) {
      const w = patternWeight[patternOf[t]];
      if (w === 0) {
        out[at + t] = Number.NaN;
        continue;
      }
      const mean = geometric ? Math.exp(weighted[t] / w) - offset : weighted[t] / w;
      out[at + t] = mean + lambda * (max[t] - mean);
    }
  }
}
