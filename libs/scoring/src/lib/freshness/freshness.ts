/**
 * Freshness (method version 2): is anyone watching this indicator?
 *
 * A touch is a day on which the indicator was looked at: an event's date or recording day, a stage
 * event, an observation, or a review ("reviewed — no change"). With review interval I and
 * a(t) = t − (latest touch ≤ t):
 *   fresh        a ≤ I          the score moves as the evidence says;
 *   stale        I < a ≤ 3I     decay stops: the event part is frozen at its level on day
 *                               (last touch + I), the last day a review vouched for; the
 *                               uncertainty widens by `spreadPointsPerInterval` per interval overdue;
 *   unmonitored  a > 3I         (or never touched) left out of the composite — coverage drops,
 *                               nothing is imputed.
 * Without an interval an indicator is always fresh (version 1).
 */
export type FreshnessState = 'fresh' | 'stale' | 'unmonitored';

/** Codes of FreshnessState in typed arrays. */
export const FRESH = 0;
export const STALE = 1;
export const UNMONITORED = 2;
export const FRESHNESS_STATES: readonly FreshnessState[] = ['fresh', 'stale', 'unmonitored'];

/** Widening of the uncertainty band of a stale indicator (published coefficients). */
export interface StalenessSpread {
  /** Score points of half-width per review interval overdue. */
  readonly spreadPointsPerInterval: number;
  /** Cap of the half-width. */
  readonly maxSpreadPoints: number;
}

export const DEFAULT_STALENESS_SPREAD: StalenessSpread = { spreadPointsPerInterval: 5, maxSpreadPoints: 20 };

/** Multiple of the review interval after which an indicator is unmonitored. */
export const UNMONITORED_AFTER_INTERVALS = 3;

export interface PreparedFreshness {
  /** I in days; Infinity = always fresh. */
  readonly intervalDays: number;
  /** Touch days, ascending, unique. */
  readonly touchDays: Int32Array;
}

export function prepareFreshness(intervalDays: number | undefined, touchDays: Iterable<number>): PreparedFreshness {
  const days = Int32Array.from(new Set(touchDays)).sort();
  return { intervalDays: intervalDays ?? Number.POSITIVE_INFINITY, touchDays: days };
}

export interface FreshnessSeries {
  /** FRESH, STALE or UNMONITORED per day. */
  readonly state: Uint8Array;
  /** Days since the latest touch; -1 when never touched. */
  readonly age: Int32Array;
  /** Day whose event level a stale day keeps (last touch + I); NaN on fresh days. */
  readonly freezeDay: Float64Array;
  /** Half-width in score points added to the uncertainty band (0 when fresh). */
  readonly spread: Float64Array;
}

/** Freshness of each day t = fromDay … fromDay + days − 1 (rules above). */
export function freshnessSeries(
  prepared: PreparedFreshness,
  fromDay: number,
  days: number,
  spreadRule: StalenessSpread = DEFAULT_STALENESS_SPREAD,
): FreshnessSeries {
  const state = new Uint8Array(days);
  const age = new Int32Array(days);
  const freezeDay = new Float64Array(days);
  const spread = new Float64Array(days);
  const { intervalDays: interval, touchDays } = prepared;
  let next = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days; i++) {
    const day = fromDay + i;
    while (next < touchDays.length && touchDays[next] <= day) last = touchDays[next++];
    const a = day - last;
    age[i] = a === Number.POSITIVE_INFINITY ? -1 : a;
    if (!(a > interval)) {
      state[i] = FRESH;
      freezeDay[i] = Number.NaN;
      continue;
    }
    state[i] = a > UNMONITORED_AFTER_INTERVALS * interval ? UNMONITORED : STALE;
    freezeDay[i] = last + interval;
    const overdue = (a - interval) / interval;
    spread[i] = Math.min(spreadRule.maxSpreadPoints, spreadRule.spreadPointsPerInterval * Math.max(1, Math.ceil(overdue)));
  }
  return { state, age, freezeDay, spread };
}
