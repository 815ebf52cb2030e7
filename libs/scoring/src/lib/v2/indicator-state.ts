import { FRESHNESS_STATES, type FreshnessState } from '../freshness/freshness';
import { scoreIndicatorV2 } from './score-v2';
import type { PreparedIndicatorV2 } from './prepare-v2';

/** Everything about one version-2 indicator on one day that explanations need. */
export interface IndicatorDayState {
  readonly day: number;
  readonly score: number;
  readonly baseline: number;
  readonly floor: number;
  /** g as used (frozen on stale days). */
  readonly eventFraction: number;
  /** g without freezing (what the evidence alone says). */
  readonly rawEventFraction: number;
  readonly freshness: FreshnessState;
  readonly daysSinceTouch: number | null;
  /** Stage level in force (0 without one; stage indicators only). */
  readonly stageLevel: number;
  /** Day whose event level is kept when stale (null when fresh). */
  readonly freezeDay: number | null;
  readonly staleVintage: boolean;
}

/** The state of an indicator on `day` (scores a one-day range). */
export function indicatorDayState(indicator: PreparedIndicatorV2, day: number): IndicatorDayState {
  const s = scoreIndicatorV2(indicator, day, 1);
  const age = s.daysSinceTouch[0];
  const state = FRESHNESS_STATES[s.freshness[0]];
  const interval = indicator.freshness.intervalDays;
  const unfrozen = state === 'fresh' ? s.eventFraction[0] : rawFraction(indicator, day);
  let stageLevel = 0;
  if (indicator.stage !== null) {
    const { start, count } = indicator.stage.events;
    for (let e = 0; e < count && start[e] <= day; e++) stageLevel = indicator.stage.levels[e];
  }
  return {
    day,
    score: s.score[0],
    baseline: s.baseline[0],
    floor: s.floor[0],
    eventFraction: s.eventFraction[0],
    rawEventFraction: unfrozen,
    freshness: state,
    daysSinceTouch: age < 0 ? null : age,
    stageLevel,
    freezeDay: state === 'fresh' || age < 0 ? null : day - age + interval,
    staleVintage: s.staleVintage[0] === 1,
  };
}

function rawFraction(indicator: PreparedIndicatorV2, day: number): number {
  const fresh = { ...indicator, freshness: { intervalDays: Number.POSITIVE_INFINITY, touchDays: new Int32Array(0) } };
  return scoreIndicatorV2(fresh, day, 1).eventFraction[0];
}

/** Per-family pressure x_f on `day` (sums of the family's increments) and the total. */
export function familyPressures(indicator: PreparedIndicatorV2, day: number): { perFamily: Float64Array; total: number } {
  const families = indicator.families;
  if (families === null) return { perFamily: new Float64Array(0), total: 0 };
  const perFamily = new Float64Array(families.families.length);
  let total = 0;
  const { start, end, count } = families.spans;
  const h = indicator.pressureParameters?.halfLifeDays ?? 1;
  for (let j = 0; j < count && start[j] <= day; j++) {
    const x = day <= end[j] ? families.impacts[j] : families.impacts[j] * Math.pow(2, -(day - end[j]) / h);
    perFamily[families.familyOf[j]] += x;
    total += x;
  }
  return { perFamily, total };
}
