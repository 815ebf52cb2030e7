import { parseDay } from '../dates/calendar-day';
import { saturationScore } from '../methods/decaying-pressure';
import { expNegative } from '../methods/exp-negative';
import type { PreparedEventPressure } from '../methods/event-pressure';
import type { PreparedMetric } from '../methods/metric';
import type { PreparedEvidence } from '../methods/score-indicators';
import { stageScore, type PreparedStage } from '../methods/stage';
import { latestObservationRow, observationDriver } from './explain-indicator';
import {
  eventDriver,
  eventPressures,
  findPreparedIndicator,
  latestEventRow,
  rankDrivers,
  secantSlope,
  type DriverOptions,
  type DriverDraft,
  type RankedDrivers,
} from './indicator-drivers';

/**
 * The events behind an indicator's change between t0 and t1; driver points + remainder = change.
 *
 * Event pressure: x is linear in the events, s = f(x) = 100(1 − e^(−x/k)) is not. With the secant
 * slope m = (s1 − s0)/(x1 − x0) (the derivative f′ when x1 = x0), each event gets
 *   points_e = m · (x_e(t1) − x_e(t0)),   Σ_e points_e = m·(x1 − x0) = s1 − s0 exactly.
 * An event that started in between counts fully; an old one that kept decaying counts negatively.
 *
 * Stage: s = L + (100 − L)·g with g = 1 − e^(−x/k), so by the midpoint identity
 *   Δs = ΔL · (1 − ḡ) + (100 − L̄) · Δg;
 * the first term goes to the stage event in force at t1, the second to the enforcement events as
 * (100 − L̄) · m_g · Δx_e with m_g the secant slope of g.
 *
 * Metric: the observation in force at t1 gets the whole change.
 */
export interface IndicatorChangeExplanation extends RankedDrivers {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly scoreFrom: number | null;
  readonly scoreTo: number | null;
  /** Null when the indicator has no data at one of the dates. */
  readonly change: number | null;
}

/**
 * Explains the change of an indicator's score from `from` to `to` (see above).
 * @throws ScoringParameterError for an unknown key; InvalidDateError for a malformed date
 */
export function explainIndicatorChange(
  prepared: PreparedEvidence,
  key: string,
  from: string,
  to: string,
  options: DriverOptions = {},
): IndicatorChangeExplanation {
  const indicator = findPreparedIndicator(prepared, key);
  const d0 = parseDay(from);
  const d1 = parseDay(to);
  const result =
    indicator.kind === 'event_pressure'
      ? eventPressureChange(indicator, d0, d1)
      : indicator.kind === 'stage'
        ? stageChange(indicator, d0, d1)
        : metricChange(indicator, d0, d1);
  const { scoreFrom, scoreTo, drivers } = result;
  const change = scoreFrom === null || scoreTo === null ? null : scoreTo - scoreFrom;
  return { key, from, to, scoreFrom, scoreTo, change, ...rankDrivers(drivers, change, options) };
}

interface ChangeParts {
  scoreFrom: number | null;
  scoreTo: number | null;
  drivers: DriverDraft[];
}

/** points_e = slope · Δx_e for every event whose pressure changed. */
function pressureChangeDrivers(events: PreparedEventPressure['events'], x0: Float64Array, x1: Float64Array, slope: number): DriverDraft[] {
  const drivers: DriverDraft[] = [];
  for (let e = 0; e < events.count; e++) {
    const dx = x1[e] - x0[e];
    if (dx !== 0) drivers.push(eventDriver(events, e, 'event', x0[e], x1[e], slope * dx));
  }
  return drivers;
}

function eventPressureChange(indicator: PreparedEventPressure, d0: number, d1: number): ChangeParts {
  const { halfLifeDays, saturation: k } = indicator.method;
  const p0 = eventPressures(indicator.events, indicator.impacts, halfLifeDays, d0);
  const p1 = eventPressures(indicator.events, indicator.impacts, halfLifeDays, d1);
  const s0 = saturationScore(p0.total, k);
  const s1 = saturationScore(p1.total, k);
  const slope = secantSlope(s0, s1, p0.total, p1.total, (x) => (100 / k) * Math.exp(-x / k));
  return { scoreFrom: s0, scoreTo: s1, drivers: pressureChangeDrivers(indicator.events, p0.perEvent, p1.perEvent, slope) };
}

function stageChange(indicator: PreparedStage, d0: number, d1: number): ChangeParts {
  const { halfLifeDays, saturation: k } = indicator.method.enforcement;
  const row0 = latestEventRow(indicator.stageEvents, d0);
  const row1 = latestEventRow(indicator.stageEvents, d1);
  const l0 = row0 < 0 ? 0 : indicator.stageLevels[row0];
  const l1 = row1 < 0 ? 0 : indicator.stageLevels[row1];
  const p0 = eventPressures(indicator.enforcementEvents, indicator.enforcementImpacts, halfLifeDays, d0);
  const p1 = eventPressures(indicator.enforcementEvents, indicator.enforcementImpacts, halfLifeDays, d1);
  const g0 = 1 - expNegative(p0.total / k);
  const g1 = 1 - expNegative(p1.total / k);
  const slope = (100 - (l0 + l1) / 2) * secantSlope(g0, g1, p0.total, p1.total, (x) => Math.exp(-x / k) / k);
  const drivers = pressureChangeDrivers(indicator.enforcementEvents, p0.perEvent, p1.perEvent, slope);
  if (row1 !== row0 || l1 !== l0) {
    // the stage reached at t1 (or, going back in time to before any stage, the one undone)
    const row = row1 >= 0 ? row1 : row0;
    drivers.push(eventDriver(indicator.stageEvents, row, 'stage', null, null, (l1 - l0) * (1 - (g0 + g1) / 2)));
  }
  return { scoreFrom: stageScore(l0, p0.total, k), scoreTo: stageScore(l1, p1.total, k), drivers };
}

function metricChange(indicator: PreparedMetric, d0: number, d1: number): ChangeParts {
  const row0 = latestObservationRow(indicator, d0);
  const row1 = latestObservationRow(indicator, d1);
  const s0 = row0 < 0 ? Number.NaN : indicator.observationScores[row0];
  const s1 = row1 < 0 ? Number.NaN : indicator.observationScores[row1];
  const scoreFrom = Number.isNaN(s0) ? null : s0;
  const scoreTo = Number.isNaN(s1) ? null : s1;
  const drivers = scoreFrom !== null && scoreTo !== null && row1 !== row0 ? [observationDriver(indicator, row1, s1 - s0)] : [];
  return { scoreFrom, scoreTo, drivers };
}
