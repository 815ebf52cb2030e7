/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the default of
 * R and NumPy): for sorted x_0 ≤ … ≤ x_{n−1} and p in [0, 1], h = (n − 1)·p and
 *   Q(p) = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋).
 * NaN when any value is NaN or there are none.
 */

/** Q(p) of `values` (not modified). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const out = new Float64Array(1);
  new QuantileSelector(values.length, [p]).select(Float64Array.from(values), 0, out);
  return out[0];
}

/**
 * Several quantiles of many equally long slices (e.g. each day's draws), in expected O(n) per slice
 * by multiple quickselect: only the needed order statistics are put in place, each partition step
 * sending them left or right. The ranks are worked out once.
 */
export class QuantileSelector {
  /** Order statistics needed, ascending and unique. */
  private readonly ranks: readonly number[];

  /**
   * @param n             length of each slice
   * @param probabilities p values in [0, 1]
   */
  constructor(
    private readonly n: number,
    private readonly probabilities: readonly number[],
  ) {
    const ranks = probabilities.flatMap((p) => {
      const k = Math.floor((n - 1) * p);
      return [k, Math.min(k + 1, n - 1)];
    });
    this.ranks = [...new Set(ranks)].sort((a, b) => a - b);
  }

  /** Writes Q(p) of buf[start … start + n) to out, in the order of the probabilities. Reorders the slice. */
  select(buf: Float64Array, start: number, out: Float64Array): Float64Array {
    const { n, probabilities } = this;
    let hasNaN = n === 0;
    for (let i = start; i < start + n && !hasNaN; i++) hasNaN = buf[i] !== buf[i];
    if (hasNaN) return out.fill(Number.NaN, 0, probabilities.length);
    multiSelect(buf, start, start + n - 1, this.ranks, start, 0, this.ranks.length - 1);
    for (let q = 0; q < probabilities.length; q++) {
      const h = (n - 1) * probabilities[q];
      const k = Math.floor(h);
      const lower = buf[start + k];
      out[q] = h === k ? lower : lower + (h - k) * (buf[start + k + 1] - lower);
    }
    return out;
  }
}

/**
 * Puts buf[offset + r] in its sorted place for each rank r in ranks[rLo..rHi] (ascending, with
 * offset + r within [lo, hi]). Hoare partition around a median-of-three pivot leaves
 * [lo..j] ≤ pivot ≤ [i..hi] with the pivot value in between, so ranks in (j, i) are settled and the
 * others are pursued on their side.
 */
function multiSelect(buf: Float64Array, lo: number, hi: number, ranks: readonly number[], offset: number, rLo: number, rHi: number): void {
  while (rLo <= rHi && hi > lo) {
    const mid = (lo + hi) >>> 1;
    const pivot = median3(buf[lo], buf[mid], buf[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (buf[i] < pivot) i++;
      while (buf[j] > pivot) j--;
      if (i <= j) {
        const tmp = buf[i];
        buf[i] = buf[j];
        buf[j] = tmp;
        i++;
        j--;
      }
    }
    let leftEnd = rLo;
    while (leftEnd <= rHi && offset + ranks[leftEnd] <= j) leftEnd++;
    let rightStart = leftEnd;
    while (rightStart <= rHi && offset + ranks[rightStart] < i) rightStart++;
    if (leftEnd > rLo) multiSelect(buf, lo, j, ranks, offset, rLo, leftEnd - 1);
    lo = i;
    rLo = rightStart;
  }
}

function median3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/**
 * Q(p) of a series of slices that differ little from one to the next (a Monte Carlo's draws day
 * after day: a draw high on one day is high on the next), the same values as QuantileSelector:
 * each slice is sorted by insertion starting from the previous slice's order, which costs
 * O(n + the moves between the two orders) instead of a selection's several passes. A slice that
 * needs more moves than a few per value is sorted afresh.
 */
export class SliceSeriesQuantiles {
  /** The values' positions in the last slice's sorted order. */
  private readonly order: Int32Array;
  private readonly sorted: Float64Array;
  private readonly moveBudget: number;

  /**
   * @param n             values per slice
   * @param probabilities p values in [0, 1]
   */
  constructor(
    private readonly n: number,
    private readonly probabilities: readonly number[],
  ) {
    this.order = Int32Array.from({ length: n }, (_, k) => k);
    this.sorted = new Float64Array(n);
    this.moveBudget = 8 * n;
  }

  /** Writes Q(p) of the slice buf[at + k·stride], k = 0 … n − 1, to out in the order of the probabilities (NaN if any value is). */
  next(buf: Float64Array, at: number, stride: number, out: Float64Array): Float64Array {
    const { n, order, sorted, probabilities } = this;
    if (n === 0) return out.fill(Number.NaN, 0, probabilities.length);
    for (let k = 0; k < n; k++) {
      const v = buf[at + order[k] * stride];
      if (v !== v) return out.fill(Number.NaN, 0, probabilities.length);
      sorted[k] = v;
    }
    let moves = 0;
    for (let k = 1; k < n; k++) {
      const v = sorted[k];
      if (sorted[k - 1] <= v) continue;
      const position = order[k];
      let j = k - 1;
      while (j >= 0 && sorted[j] > v) {
        sorted[j + 1] = sorted[j];
        order[j + 1] = order[j];
        j--;
      }
      sorted[j + 1] = v;
      order[j + 1] = position;
      moves += k - 1 - j;
      if (moves > this.moveBudget) {
        order.sort((a, b) => buf[at + a * stride] - buf[at + b * stride]);
        for (let m = 0; m < n; m++) sorted[m] = buf[at + order[m] * stride];
        break;
      }
    }
    for (let q = 0; q < probabilities.length; q++) {
      const h = (n - 1) * probabilities[q];
      const k = Math.floor(h);
      const lower = sorted[k];
      out[q] = h === k ? lower : lower + (h - k) * (sorted[k + 1] - lower);
    }
    return out;
  }
}
