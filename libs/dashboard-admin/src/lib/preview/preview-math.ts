import type { AggregationMethodName, ScoreHistoryView } from '@kem/contracts';
import type { ChartPoint } from '@kem/dashboard-charts';
import { alignWeights, computeIndex, dayNumberToMs, parseDay, type ScoredHistory } from '@kem/scoring';

/** The score table from GET /api/index/scores as the scoring library's ScoredHistory (null → NaN). Built once per page. */
export function toScoredHistory(view: ScoreHistoryView): ScoredHistory {
  const days = view.scores.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    from: view.from,
    to: view.to,
    days,
    series: view.keys.map((key, i) => {
      const row = view.scores[i] ?? [];
      const values = new Float64Array(days);
      for (let t = 0; t < days; t++) values[t] = row[t] ?? Number.NaN;
      return { key, from: view.from, values };
    }),
  };
}

/**
 * Each weight's share of the total in %, to one decimal, summing to exactly 100 (largest remainder,
 * so the shown shares add up); all 0 when the weights sum to 0 or are not all valid numbers.
 */
export function normalisedShares(weights: Readonly<Record<string, number>>, keys: readonly string[]): Record<string, number> {
  const values = keys.map((k) => weights[k]);
  const total = values.reduce((sum, w) => sum + (Number.isFinite(w) && w > 0 ? w : 0), 0);
  if (!(total > 0) || values.some((w) => !Number.isFinite(w) || w < 0)) return Object.fromEntries(keys.map((k) => [k, 0]));
  const exact = values.map((w) => (w / total) * 1000);
  const tenths = exact.map(Math.floor);
  let missing = 1000 - tenths.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    tenths[i] += 1;
    missing -= 1;
  }
  return Object.fromEntries(keys.map((k, i) => [k, tenths[i] / 10]));
}

/**
 * I(t) under `weights`, the aggregation method and the peak-channel λ (NaN where nothing is
 * covered); throws the scoring library's errors for bad weights or λ.
 */
export function previewValues(
  history: ScoredHistory,
  weights: Readonly<Record<string, number>>,
  method: AggregationMethodName,
  peakChannel = 0,
): Float64Array {
  return computeIndex(history, alignWeights(weights, history.series), { aggregation: method, peakChannel }).values;
}

/**
 * Chart points (x in ms since the epoch) for daily values from `from`. Days with no value are left
 * out; with `step` > 1, every step-th day (and the last) is kept so long histories stay cheap to draw.
 */
export function toChartPoints(from: string, values: ArrayLike<number>, step = 1): ChartPoint[] {
  const start = parseDay(from);
  const points: ChartPoint[] = [];
  const add = (t: number) => {
    if (!Number.isNaN(values[t])) points.push({ x: dayNumberToMs(start + t), y: values[t] });
  };
  for (let t = 0; t < values.length; t += step) add(t);
  if (values.length > 0 && (values.length - 1) % step !== 0) add(values.length - 1);
  return points;
}

export interface PreviewSummary {
  savedLatest: number;
  previewLatest: number;
  /** Largest |preview − saved| over the history, signed, and its day index. */
  largestChange: number;
  largestChangeAt: number;
}

/** Latest values and the largest difference between two aligned series (null when neither has data). */
export function summarisePreview(saved: ArrayLike<number>, preview: ArrayLike<number>): PreviewSummary | null {
  let last = -1;
  let largest = 0;
  let at = -1;
  for (let t = 0; t < preview.length; t++) {
    if (Number.isNaN(preview[t]) || Number.isNaN(saved[t])) continue;
    last = t;
    const d = preview[t] - saved[t];
    if (Math.abs(d) > Math.abs(largest) || at < 0) {
      largest = d;
      at = t;
    }
  }
  if (last < 0) return null;
  return { savedLatest: saved[last], previewLatest: preview[last], largestChange: largest, largestChangeAt: at };
}

/** Whether two weight maps give every key the same weight. */
export function sameWeights(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, keys: readonly string[]): boolean {
  return keys.every((k) => a[k] === b[k]);
}

/** Median of some timings (ms). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
