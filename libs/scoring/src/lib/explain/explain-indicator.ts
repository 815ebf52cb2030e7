import { formatDay, parseDay } from '../dates/calendar-day';
import { saturationScore } from '../methods/decaying-pressure';
import type { PreparedEventPressure } from '../methods/event-pressure';
import type { PreparedMetric } from '../methods/metric';
import type { PreparedEvidence } from '../methods/score-indicators';
import { stageScore, type PreparedStage } from '../methods/stage';
import {
  eventDriver,
  eventPressures,
  findPreparedIndicator,
  latestEventRow,
  rankDrivers,
  type DriverOptions,
  type DriverDraft,
  type RankedDrivers,
} from './indicator-drivers';

/**
 * What makes up an indicator's score on one date; driver points + remainder = score.
 *
 * Event pressure: s = 100(1 − e^(−x/k)) is apportioned by each event's share of the pressure,
 *   points_e = s · x_e / x,  x_e = p(σ_e)·2^(−max(0, t − end_e)/h).
 * Stage: the stage in force gets its level L; enforcement events share the rest,
 *   points_e = (100 − L)·(1 − e^(−x/k)) · x_e / x.
 * Metric: the observation in force gets the whole score.
 */
export interface IndicatorScoreExplanation extends RankedDrivers {
  readonly key: string;
  readonly date: string;
  /** Null when the indicator has no data on the date. */
  readonly score: number | null;
}

/** Explains an indicator's score on `date` (see above). @throws ScoringParameterError for an unknown key */
export function explainIndicatorScore(
  prepared: PreparedEvidence,
  key: string,
  date: string,
  options: DriverOptions = {},
): IndicatorScoreExplanation {
  const indicator = findPreparedIndicator(prepared, key);
  const day = parseDay(date);
  const { score, drivers } =
    indicator.kind === 'event_pressure'
      ? eventPressureDrivers(indicator, day)
      : indicator.kind === 'stage'
        ? stageDrivers(indicator, day)
        : metricDrivers(indicator, day);
  return { key, date, score, ...rankDrivers(drivers, score, options) };
}

function apportion(events: PreparedEventPressure['events'], perEvent: Float64Array, total: number, points: number): DriverDraft[] {
  const drivers: DriverDraft[] = [];
  for (let e = 0; e < events.count; e++) {
    if (perEvent[e] > 0) drivers.push(eventDriver(events, e, 'event', null, perEvent[e], (points * perEvent[e]) / total));
  }
  return drivers;
}

function eventPressureDrivers(indicator: PreparedEventPressure, day: number): { score: number; drivers: DriverDraft[] } {
  const { method, events, impacts } = indicator;
  const { perEvent, total } = eventPressures(events, impacts, method.halfLifeDays, day);
  const score = saturationScore(total, method.saturation);
  return { score, drivers: total > 0 ? apportion(events, perEvent, total, score) : [] };
}

function stageDrivers(indicator: PreparedStage, day: number): { score: number; drivers: DriverDraft[] } {
  const { halfLifeDays, saturation } = indicator.method.enforcement;
  const row = latestEventRow(indicator.stageEvents, day);
  const level = row < 0 ? 0 : indicator.stageLevels[row];
  const { perEvent, total } = eventPressures(indicator.enforcementEvents, indicator.enforcementImpacts, halfLifeDays, day);
  const score = stageScore(level, total, saturation);
  const drivers = total > 0 ? apportion(indicator.enforcementEvents, perEvent, total, score - level) : [];
  if (row >= 0) drivers.push(eventDriver(indicator.stageEvents, row, 'stage', null, null, level));
  return { score, drivers };
}

function metricDrivers(indicator: PreparedMetric, day: number): { score: number | null; drivers: DriverDraft[] } {
  const row = latestObservationRow(indicator, day);
  const score = row < 0 ? Number.NaN : indicator.observationScores[row];
  if (Number.isNaN(score)) return { score: null, drivers: [] };
  return { score, drivers: [observationDriver(indicator, row, score)] };
}

/** Row of the observation in force on `day` (-1 before the first). */
export function latestObservationRow(indicator: PreparedMetric, day: number): number {
  let row = -1;
  const { days } = indicator.observations;
  for (let j = 0; j < days.length && days[j] <= day; j++) row = j;
  return row;
}

/** Driver for compiled observation `row`. */
export function observationDriver(indicator: PreparedMetric, row: number, points: number): DriverDraft {
  return {
    kind: 'observation',
    eventId: null,
    date: formatDay(indicator.observations.days[row]),
    endDate: null,
    severity: null,
    stage: null,
    value: indicator.observations.values[row],
    pressureFrom: null,
    pressureTo: null,
    points,
  };
}
