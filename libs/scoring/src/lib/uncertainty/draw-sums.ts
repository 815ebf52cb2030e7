import type { ResolvedAggregation } from '../composite/aggregation';

/** Which indicators cover each day: the same in every draw and for every profile. */
export interface CoveragePatterns {
  readonly indicators: number;
  /** Pattern of each day. */
  readonly patternOf: Int32Array;
  /** Per pattern, 1 for each indicator it covers. */
  readonly patterns: readonly Uint8Array[];
}

/** @param coverage per indicator, 1 on the days it has a score (monitored, with data) */
export function coveragePatterns(days: number, coverage: readonly Uint8Array[]): CoveragePatterns {
  const patternOf = new Int32Array(days);
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
    patternOf[t] = id;
  }
  return { indicators: coverage.length, patternOf, patterns };
}

/**
 * The composite of one Monte Carlo draw for one profile (formulas in composite/aggregation):
 * I = M + λ(max − M), M = Σ w_i term_i / Σ w_i (geometric: e^M − ε), from the draw's terms per
 * indicator — s_i (arithmetic) or ln(s_i + ε) (geometric) on the days it covers, 0 on the others —
 * and the day's max s_i over the covered indicators the profile weighs (which profiles with the same
 * weighed indicators share). Each day's sum runs over the indicators in order in one pass, as the
 * plain formula does. Which indicators are covered on a day is the same in every draw (only scores
 * and weights vary), so Σ w_i over the covered ones is worked out once per draw for each distinct
 * coverage pattern instead of day by day.
 */
export class DrawSums {
  readonly geometric: boolean;
  /** ε of the shifted geometric mean. */
  readonly offset: number;
  /** Coverage pattern of each day, and per pattern which indicators it covers. */
  private readonly patternOf: Int32Array;
  private readonly patterns: readonly Uint8Array[];
  private readonly patternWeight: Float64Array;
  /** The indicators with weight in the current draw, and their weights. */
  private readonly weighed: Int32Array;
  private readonly weights: Float64Array;
  private weighedCount = 0;
  /** Σ w_i term_i per day. */
  private readonly sums: Float64Array;

  constructor(method: ResolvedAggregation, { indicators, patternOf, patterns }: CoveragePatterns) {
    this.geometric = method.aggregation === 'geometric';
    this.offset = method.geometricOffset;
    this.patternOf = patternOf;
    this.patterns = patterns;
    this.sums = new Float64Array(patternOf.length);
    this.patternWeight = new Float64Array(patterns.length);
    this.weighed = new Int32Array(indicators);
    this.weights = new Float64Array(indicators);
  }

  /** Prepares a draw with these weights (an indicator with weight 0 is left out). */
  reset(weights: ArrayLike<number>): void {
    this.weighedCount = 0;
    for (let i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        this.weighed[this.weighedCount] = i;
        this.weights[this.weighedCount++] = weights[i];
      }
    }
    this.patterns.forEach((mask, p) => {
      let total = 0;
      for (let i = 0; i < mask.length; i++) if (mask[i] === 1 && weights[i] > 0) total += weights[i];
      this.patternWeight[p] = total;
    });
  }

  /**
   * Writes I(t) = M + λ(max − M) to out[at + t]; NaN where no weighed indicator is covered.
   * @param terms each indicator's terms of this draw (see above; only weighed ones are read)
   * @param max   the day's max over the covered weighed indicators
   */
  finish(lambda: number, terms: readonly Float64Array[], max: Float64Array, out: Float64Array, at: number): void {
    const { geometric, offset, patternOf, patternWeight, sums } = this;
    sums.fill(0);
    for (let k = 0; k < this.weighedCount; k++) {
      const term = terms[this.weighed[k]];
      const w = this.weights[k];
      for (let t = 0; t < sums.length; t++) sums[t] += w * term[t];
    }
    for (let t = 0; t < patternOf.length; t++) {
      const w = patternWeight[patternOf[t]];
      if (w === 0) {
        out[at + t] = Number.NaN;
        continue;
      }
      const sum = sums[t];
      const mean = geometric ? Math.exp(sum / w) - offset : sum / w;
      out[at + t] = mean + lambda * (max[t] - mean);
    }
  }
}
