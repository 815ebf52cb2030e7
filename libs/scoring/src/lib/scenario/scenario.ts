import { addDays, addMonthsToDay, formatDay, isIsoDay, parseDay } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import type { EvidenceEvent, EvidenceReview } from '../model/evidence';
import type { IndicatorDefinition } from '../model/indicator';

/**
 * A what-if: hypothetical events added to the evidence, and indicators held at a level over a
 * window. Nothing here is evidence: a scenario is projected beside the baseline path and never
 * stored as events or index points.
 */
export interface HypotheticalEvent {
  readonly indicatorKey: string;
  /** 1..5, as the curated rubric. */
  readonly severity: number;
  /** First day, 'YYYY-MM-DD'. */
  readonly start: string;
  /** Days the disruption lasts (held at full impact, then decaying); null = ongoing past the horizon. */
  readonly durationDays: number | null;
  /** For a stage indicator (foreign-agent law): the legislative stage reached; none = an enforcement event. */
  readonly stage?: string | null;
  /** What it stands for, e.g. "CPC stoppage". */
  readonly label?: string | null;
}

/** Holds an indicator's score at `level` from `from` to `to` (inclusive), whatever the evidence says. */
export interface HeldLevel {
  readonly indicatorKey: string;
  readonly level: number;
  readonly from: string;
  readonly to: string;
}

export interface ScenarioDefinition {
  readonly events: readonly HypotheticalEvent[];
  readonly holds: readonly HeldLevel[];
}

/** Limits of a scenario (the API validates with the same figures). */
export const SCENARIO_LIMITS = {
  maxEvents: 20,
  maxHolds: 10,
  maxDurationDays: 730,
  /** A hypothetical event may start up to this many days before today (to replay "had it happened"). */
  maxDaysBeforeToday: 365,
  minHorizonMonths: 12,
  maxHorizonMonths: 36,
} as const;

/** Last day of a projection `horizonMonths` after `today`. */
export function horizonEnd(today: string, horizonMonths: number): string {
  return formatDay(addMonthsToDay(parseDay(today), horizonMonths));
}

/**
 * @throws ScoringParameterError naming the field (`events[0].severity`, `holds[1].to`…) that is invalid
 *   for these indicators, this today and this horizon
 */
export function validateScenario(
  scenario: ScenarioDefinition,
  definitions: readonly IndicatorDefinition[],
  today: string,
  horizonMonths: number,
): void {
  if (
    !Number.isInteger(horizonMonths) ||
    horizonMonths < SCENARIO_LIMITS.minHorizonMonths ||
    horizonMonths > SCENARIO_LIMITS.maxHorizonMonths
  ) {
    throw new ScoringParameterError(
      'horizonMonths',
      `must be a whole number from ${SCENARIO_LIMITS.minHorizonMonths} to ${SCENARIO_LIMITS.maxHorizonMonths}`,
      horizonMonths,
    );
  }
  const first = addDays(today, -SCENARIO_LIMITS.maxDaysBeforeToday);
  const last = horizonEnd(today, horizonMonths);
  const day = (field: string, value: unknown) => {
    if (!isIsoDay(value) || value < first || value > last)
      throw new ScoringParameterError(field, `must be a day from ${first} to ${last}`, value);
  };
  const indicator = (field: string, key: unknown) => {
    const d = definitions.find((x) => x.key === key);
    if (!d) throw new ScoringParameterError(field, 'must be the key of an indicator', key);
    return d;
  };
  if (!Array.isArray(scenario.events) || scenario.events.length > SCENARIO_LIMITS.maxEvents) {
    throw new ScoringParameterError('events', `must be a list of at most ${SCENARIO_LIMITS.maxEvents} events`, scenario.events);
  }
  if (!Array.isArray(scenario.holds) || scenario.holds.length > SCENARIO_LIMITS.maxHolds) {
    throw new ScoringParameterError('holds', `must be a list of at most ${SCENARIO_LIMITS.maxHolds} holds`, scenario.holds);
  }
  if (scenario.events.length + scenario.holds.length === 0)
    throw new ScoringParameterError('events', 'a scenario needs at least one event or hold', []);
  scenario.events.forEach((e, i) => {
    const d = indicator(`events[${i}].indicatorKey`, e.indicatorKey);
    if (!Number.isInteger(e.severity) || e.severity < 1 || e.severity > 5)
      throw new ScoringParameterError(`events[${i}].severity`, 'must be a whole number from 1 to 5', e.severity);
    day(`events[${i}].start`, e.start);
    if (
      e.durationDays !== null &&
      (!Number.isInteger(e.durationDays) || e.durationDays < 1 || e.durationDays > SCENARIO_LIMITS.maxDurationDays)
    ) {
      throw new ScoringParameterError(
        `events[${i}].durationDays`,
        `must be a whole number of days from 1 to ${SCENARIO_LIMITS.maxDurationDays}, or null for ongoing`,
        e.durationDays,
      );
    }
    if (e.stage !== undefined && e.stage !== null) {
      const stages = d.method.kind === 'stage' ? d.method.stages.map((s) => s.key) : [];
      if (!stages.includes(e.stage)) {
        throw new ScoringParameterError(
          `events[${i}].stage`,
          stages.length ? `must be one of ${stages.join(', ')}` : 'this indicator has no stages',
          e.stage,
        );
      }
    }
  });
  scenario.holds.forEach((h, i) => {
    indicator(`holds[${i}].indicatorKey`, h.indicatorKey);
    if (typeof h.level !== 'number' || !(h.level >= 0 && h.level <= 100))
      throw new ScoringParameterError(`holds[${i}].level`, 'must be a score from 0 to 100', h.level);
    day(`holds[${i}].from`, h.from);
    day(`holds[${i}].to`, h.to);
    if (h.to < h.from) throw new ScoringParameterError(`holds[${i}].to`, `must not be before from (${h.from})`, h.to);
  });
}

/** The hypothetical events as evidence (ids `scenario-N`, each its own family, known from its start). */
export function scenarioEvents(scenario: ScenarioDefinition): EvidenceEvent[] {
  return scenario.events.map((e, i): EvidenceEvent => {
    const id = `scenario-${i + 1}`;
    const staged = e.stage !== undefined && e.stage !== null;
    return {
      id,
      indicatorKey: e.indicatorKey,
      date: e.start,
      endDate: staged || e.durationDays === null ? null : addDays(e.start, e.durationDays - 1),
      severity: e.severity,
      stage: staged ? e.stage : null,
      status: staged ? 'ended' : e.durationDays === null ? 'ongoing' : 'ended',
      familyId: id,
      recordedAt: e.start,
    };
  });
}

/** Days between assumed reviews in a projection: shorter than any review interval, so nothing goes stale. */
export const PROJECTION_REVIEW_STEP_DAYS = 7;

/**
 * "Reviewed — no change" every PROJECTION_REVIEW_STEP_DAYS from the day after `today` to `end`, for
 * every indicator with a review interval: a projection assumes the evidence keeps being watched and
 * nothing new is found, so the path decays as the evidence says instead of holding (stale) and dropping out.
 */
export function assumedReviews(definitions: readonly IndicatorDefinition[], today: string, end: string): EvidenceReview[] {
  const reviews: EvidenceReview[] = [];
  const last = parseDay(end);
  for (const d of definitions) {
    if (d.reviewIntervalDays === undefined) continue;
    for (let day = parseDay(today) + 1; day <= last; day += PROJECTION_REVIEW_STEP_DAYS)
      reviews.push({ indicatorKey: d.key, date: formatDay(day), recordedAt: formatDay(day) });
  }
  return reviews;
}
