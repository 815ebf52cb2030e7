import { FRESHNESS_STATES, type FreshnessState } from '../freshness/freshness';
import { incrementPressures } from './event-fraction';
import { scoreIndicatorV2 } from './score-v2';
import type { PreparedIndicatorV2 } from './prepare-v2';

/** Everything about one version-2 indicator on one day that explanations need. */
export interface IndicatorDayState {
  readonly day: number;
  readonly score: number;
  readonly baseline: number;
  readonly floor: number;
  /** g (held on stale and unmonitored days). */
  readonly eventFraction: number;
  readonly freshness: FreshnessState;
  readonly daysSinceTouch: number | null;
  /** Stage level in force (0 without one; stage indicators only). */
  readonly stageLevel: number;
  /** Last fresh day (last touch + interval), since which decay has paused; null when fresh. */
  readonly lastFreshDay: number | null;
  readonly staleVintage: boolean;
}

/** The state of an indicator on `day` (scores a one-day range). */
export function indicatorDayState(indicator: PreparedIndicatorV2, day: number): IndicatorDayState {
  const s = scoreIndicatorV2(indicator, day, 1);
  const age = s.daysSinceTouch[0];
  const state = FRESHNESS_STATES[s.freshness[0]];
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
    freshness: state,
    daysSinceTouch: age < 0 ? null : age,
    stageLevel,
    lastFreshDay: state === 'fresh' || age < 0 ? null : day - age + indicator.freshness.intervalDays,
    staleVintage: s.staleVintage[0] === 1,
  };
}

/** Per-family pressure x_f on `day` (sums of the family's increments) and the total. */
export function familyPressures(indicator: PreparedIndicatorV2, day: number): { perFamily: Float64Array; total: number } {
  const families = indicator.families;
  if (families === null) return { perFamily: new Float64Array(0), total: 0 };
  const { perIncrement, total } = incrementPressures(indicator, day);
  const perFamily = new Float64Array(families.families.length);
  for (let j = 0; j < perIncrement.length; j++) perFamily[families.familyOf[j]] += perIncrement[j];
  return { perFamily, total };
}
