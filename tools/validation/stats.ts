/** Small statistics helpers for the validation report. */
import { addDays, daysBetween } from '../../libs/scoring/src';

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i])) {
      sum += values[i];
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}

export function variance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, values.length - 1);
}

/** Mean of series values over [from, to] (inclusive) of a series starting at `start`. */
export function meanOver(values: ArrayLike<number>, start: string, from: string, to: string): number {
  const a = Math.max(0, daysBetween(start, from));
  const b = Math.min(values.length - 1, daysBetween(start, to));
  const slice: number[] = [];
  for (let t = a; t <= b; t++) slice.push(values[t]);
  return mean(slice);
}

export function valueAt(values: ArrayLike<number>, start: string, date: string): number {
  const t = daysBetween(start, date);
  return t >= 0 && t < values.length ? values[t] : Number.NaN;
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation (Pearson on mid-ranks). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i] - mx) * (ry[i] - my);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

export const round = (x: number, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);

export { addDays, daysBetween };
