import { CALENDAR_CLOCK, type DecayClock } from '../methods/decaying-pressure';

/**
 * Freshness (method version 2): is anyone watching this indicator?
 *
 * A touch is a day on which the indicator was looked at: an event's date or recording day, a stage
 * event, an observation, or a review ("reviewed — no change"). With review interval I and
 * a(t) = t − (latest touch ≤ t):
 *   fresh        a ≤ I          the score moves as the evidence says;
 *   stale        I < a ≤ 3I     decay pauses: ended events age only on fresh days (their age is
 *                               the count of fresh days since their end, freshDecayClock), so
 *                               the event part stays at its level of day (last touch + I), the last
 *                               day a review vouched for, until someone looks again — and new
 *                               evidence then adds to that level; the uncertainty widens by
 *                               `spreadPointsPerInterval` per interval overdue;
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
  /** The fresh days as disjoint stretches [first, last] (touch … touch + I, merged), ascending (finite I only). */
  readonly freshFirst: Int32Array;
  readonly freshLast: Int32Array;
  /** Fresh days before each stretch. */
  readonly freshBefore: Float64Array;
}

export function prepareFreshness(intervalDays: number | undefined, touchDays: Iterable<number>): PreparedFreshness {
  const days = Int32Array.from(new Set(touchDays)).sort();
  const interval = intervalDays ?? Number.POSITIVE_INFINITY;
  const first: number[] = [];
  const last: number[] = [];
  if (Number.isFinite(interval)) {
    for (const touch of days) {
      const n = last.length;
      if (n > 0 && touch <= last[n - 1] + 1) last[n - 1] = touch + interval;
      else {
        first.push(touch);
        last.push(touch + interval);
      }
    }
  }
  const before = new Float64Array(first.length);
  for (let k = 1; k < first.length; k++) before[k] = before[k - 1] + last[k - 1] - first[k - 1] + 1;
  return {
    intervalDays: interval,
    touchDays: days,
    freshFirst: Int32Array.from(first),
    freshLast: Int32Array.from(last),
    freshBefore: before,
  };
}

/**
 * The decay clock of version 2: ended events age only on fresh days (a stale or unmonitored
 * indicator's event level is held until someone looks again). Always fresh without an interval.
 */
export function freshDecayClock(prepared: PreparedFreshness): DecayClock {
  if (!Number.isFinite(prepared.intervalDays)) return CALENDAR_CLOCK;
  const { freshFirst: first, freshLast: last, freshBefore: before } = prepared;
  /** τ(day): fresh days up to and including `day`. */
  const freshThrough = (day: number): number => {
    let lo = 0;
    let hi = first.length; // first stretch starting after `day`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (first[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const k = lo - 1;
    return before[k] + Math.min(day, last[k]) - first[k] + 1;
  };
  return {
    daysBetween: (from, to) => freshThrough(to) - freshThrough(from),
    markDecayDays: (fromDay, days, out) => {
      out.fill(0, 0, days);
      for (let k = 0; k < first.length; k++) {
        const a = Math.max(first[k], fromDay);
        const b = Math.min(last[k], fromDay + days - 1);
        if (a <= b) out.fill(1, a - fromDay, b - fromDay + 1);
      }
    },
  };
}

export interface FreshnessSeries {
  /** FRESH, STALE or UNMONITORED per day. */
  readonly state: Uint8Array;
  /** Days since the latest touch; -1 when never touched. */
  readonly age: Int32Array;
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
      continue;
    }
    state[i] = a > UNMONITORED_AFTER_INTERVALS * interval ? UNMONITORED : STALE;
    const overdue = (a - interval) / interval;
    spread[i] = Math.min(spreadRule.maxSpreadPoints, spreadRule.spreadPointsPerInterval * Math.max(1, Math.ceil(overdue)));
  }
  return { state, age, spread };
}
