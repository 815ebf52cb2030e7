import { formatDay, isIsoDay, parseDay, type DateRange } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import type { Evidence, EvidenceEvent, Observation } from '../model/evidence';
import type { IndicatorDefinition } from '../model/indicator';
import type { IndicatorSeries, ScoredHistory } from '../model/series';
import { groupByIndicator } from './compile-evidence';
import type { PressureWorkspace } from './decaying-pressure';
import { prepareEventPressure, scoreEventPressure, type PreparedEventPressure } from './event-pressure';
import { prepareMetric, scoreMetric, type PreparedMetric } from './metric';
import { prepareStage, scoreStage, type PreparedStage } from './stage';
import { validateIndicatorDefinition } from './validate-method';

/** One indicator with its validated, compiled evidence, ready to be scored over any range. */
export type PreparedIndicator = PreparedEventPressure | PreparedStage | PreparedMetric;

/** Definitions and evidence validated and compiled once; reused for scoring, explanations and Monte Carlo. */
export interface PreparedEvidence {
  readonly definitions: readonly IndicatorDefinition[];
  /** Same order as `definitions`. */
  readonly indicators: readonly PreparedIndicator[];
}

/** A validated date range as day numbers. */
export interface DayRange {
  readonly fromDay: number;
  readonly days: number;
}

/**
 * Checks a date range and converts it to day numbers.
 * @throws ScoringParameterError (`range.from` / `range.to`) for an invalid day or `to` before `from`
 */
export function toDayRange(range: DateRange): DayRange {
  if (!isIsoDay(range?.from)) throw new ScoringParameterError('range.from', "must be a day 'YYYY-MM-DD'", range?.from);
  if (!isIsoDay(range.to)) throw new ScoringParameterError('range.to', "must be a day 'YYYY-MM-DD'", range.to);
  const fromDay = parseDay(range.from);
  const toDay = parseDay(range.to);
  if (toDay < fromDay) throw new ScoringParameterError('range.to', `must not precede range.from (${range.from})`, range.to);
  return { fromDay, days: toDay - fromDay + 1 };
}

/**
 * Validates definitions and evidence and compiles the evidence per indicator. Events go to event-pressure
 * and stage indicators, observations to metric indicators; evidence for other keys is ignored.
 * @throws ScoringParameterError for an invalid or duplicate definition; InvalidEvidenceError for bad evidence
 */
export function prepareEvidence(definitions: readonly IndicatorDefinition[], evidence: Evidence): PreparedEvidence {
  const seen = new Set<string>();
  for (const definition of definitions) {
    validateIndicatorDefinition(definition);
    if (seen.has(definition.key)) throw new ScoringParameterError('key', 'must be unique among indicators', definition.key);
    seen.add(definition.key);
  }
  const events = groupByIndicator<EvidenceEvent>(evidence.events);
  const observations = groupByIndicator<Observation>(evidence.observations);
  const indicators = definitions.map((d): PreparedIndicator => {
    const method = d.method;
    switch (method.kind) {
      case 'event_pressure':
        return prepareEventPressure(d.key, method, events.get(d.key) ?? []);
      case 'stage':
        return prepareStage(d.key, method, events.get(d.key) ?? []);
      case 'metric':
        return prepareMetric(d.key, method, observations.get(d.key) ?? []);
    }
  });
  return { definitions, indicators };
}

/**
 * Daily scores of one prepared indicator for t = fromDay … fromDay + days − 1, by its method
 * (event pressure, stage or metric; see each method for the formula).
 */
export function scorePreparedIndicator(
  indicator: PreparedIndicator,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
  workspace?: PressureWorkspace,
): Float64Array {
  switch (indicator.kind) {
    case 'event_pressure':
      return scoreEventPressure(indicator, fromDay, days, out, workspace);
    case 'stage':
      return scoreStage(indicator, fromDay, days, out, workspace);
    case 'metric':
      return scoreMetric(indicator, fromDay, days, out);
  }
}

/** Scores every prepared indicator over `range` (inclusive). */
export function scorePrepared(prepared: PreparedEvidence, range: DateRange): ScoredHistory {
  const { fromDay, days } = toDayRange(range);
  const from = formatDay(fromDay);
  const series = prepared.indicators.map(
    (indicator): IndicatorSeries => ({ key: indicator.key, from, values: scorePreparedIndicator(indicator, fromDay, days) }),
  );
  return { from, to: formatDay(fromDay + days - 1), days, series };
}

/**
 * Daily scores in [0, 100] of every indicator over `range` (NaN where a metric has no data yet).
 * @param definitions indicators (validated; keys must be unique)
 * @param evidence    events and observations of any indicators
 * @param range       inclusive date range
 */
export function scoreIndicators(definitions: readonly IndicatorDefinition[], evidence: Evidence, range: DateRange): ScoredHistory {
  return scorePrepared(prepareEvidence(definitions, evidence), range);
}

/** Daily scores of a single indicator over `range`; see {@link scoreIndicators}. */
export function scoreIndicator(definition: IndicatorDefinition, evidence: Evidence, range: DateRange): IndicatorSeries {
  return scoreIndicators([definition], evidence, range).series[0];
}
