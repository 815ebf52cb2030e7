import { formatDay, parseDay } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import { baselineAt, type BaselineValue } from '../baseline/baseline-series';
import type { FreshnessState } from '../freshness/freshness';
import { OPEN_END, familyMemberIds } from '../memory/event-families';
import type { EventStatus, EvidenceId } from '../model/evidence';
import { familyPressures, indicatorDayState } from './indicator-state';
import type { PreparedEvidenceV2, PreparedIndicatorV2 } from './prepare-v2';

/**
 * What makes up a version-2 score on one day, in score points that add up exactly:
 *   score = baselinePoints (B) + stagePoints (F − B) + eventPoints (s − F),
 * with the event points apportioned to families by their share of the pressure on the day:
 * points_f = eventPoints · x_f / x.
 */
export interface FamilyDriver {
  readonly familyKey: string;
  readonly strongestId: EvidenceId;
  readonly memberIds: readonly EvidenceId[];
  readonly severity: number;
  readonly status: EventStatus;
  readonly startDate: string;
  /** Last day held at full impact; null while ongoing. */
  readonly endDate: string | null;
  /** An unknown-status family whose hold ran out and which is decaying. */
  readonly lapsedUnknown: boolean;
  readonly pressure: number;
  readonly points: number;
}

export interface ScoreExplanationV2 {
  readonly key: string;
  readonly date: string;
  readonly score: number;
  /** False when unmonitored: the score is shown but left out of the composite. */
  readonly inComposite: boolean;
  readonly freshness: FreshnessState;
  readonly daysSinceTouch: number | null;
  /** Stale / unmonitored: the last fresh day, since which the event level has been held (decay paused); else null. */
  readonly frozenAt: string | null;
  readonly baseline: BaselineValue;
  readonly baselinePoints: number;
  readonly stagePoints: number;
  readonly eventPoints: number;
  readonly families: readonly FamilyDriver[];
}

export function findIndicatorV2(prepared: PreparedEvidenceV2, key: string): PreparedIndicatorV2 {
  const indicator = prepared.indicators.find((i) => i.key === key);
  if (indicator === undefined) throw new ScoringParameterError('key', 'no such indicator', key);
  return indicator;
}

/** Explains an indicator's version-2 score on `date` (see above). */
export function explainScoreV2(prepared: PreparedEvidenceV2, key: string, date: string): ScoreExplanationV2 {
  const indicator = findIndicatorV2(prepared, key);
  const day = parseDay(date);
  const state = indicatorDayState(indicator, day);
  const eventPoints = state.score - state.floor;
  const { perFamily, total } = familyPressures(indicator, day);
  const families: FamilyDriver[] = [];
  const pressure = indicator.families;
  pressure?.families.forEach((f, i) => {
    if (!(perFamily[i] > 0)) return;
    families.push({
      familyKey: f.key,
      strongestId: f.strongestId,
      memberIds: familyMemberIds(pressure, f),
      severity: f.severity,
      status: f.status,
      startDate: formatDay(f.startDay),
      endDate: f.endDay === OPEN_END ? null : formatDay(f.endDay),
      lapsedUnknown: f.lapsedUnknown && day > f.endDay,
      pressure: perFamily[i],
      points: total > 0 ? (eventPoints * perFamily[i]) / total : 0,
    });
  });
  families.sort((a, b) => b.points - a.points);
  return {
    key,
    date,
    score: state.score,
    inComposite: state.freshness !== 'unmonitored',
    freshness: state.freshness,
    daysSinceTouch: state.daysSinceTouch,
    frozenAt: state.lastFreshDay === null ? null : formatDay(state.lastFreshDay),
    baseline: baselineAt(indicator.baseline, day),
    baselinePoints: state.baseline,
    stagePoints: state.floor - state.baseline,
    eventPoints,
    families,
  };
}
