import { isIsoDay, parseDay } from '../dates/calendar-day';
import { InvalidEvidenceError, ScoringParameterError } from '../errors';
import { prepareBaseline, type PreparedBaseline } from '../baseline/baseline-series';
import { prepareFreshness, type PreparedFreshness } from '../freshness/freshness';
import { buildFamilies, type FamilyPressure } from '../memory/event-families';
import { familyKeys } from '../memory/family-keys';
import { groupByIndicator, type CompiledEvents } from '../methods/compile-evidence';
import { prepareMetric, type PreparedMetric } from '../methods/metric';
import { prepareStage } from '../methods/stage';
import type { Evidence, EvidenceEvent, EvidenceReview, Observation } from '../model/evidence';
import type { DecayingPressureParameters, IndicatorDefinition } from '../model/indicator';
import { validateIndicatorDefinition } from '../methods/validate-method';

/**
 * Evidence compiled for method version 2: per indicator its baseline, its event families (event
 * pressure, or the enforcement events of a stage indicator), its stage events or metric
 * observations, and its touch days (freshness). Only evidence known on `asOf` (recordedAt, else its
 * date, ≤ asOf) is used: the index "as known on" that day.
 */
export interface PreparedIndicatorV2 {
  readonly key: string;
  readonly definition: IndicatorDefinition;
  readonly baseline: PreparedBaseline;
  /** Event-pressure or enforcement parameters (null for a metric). */
  readonly pressureParameters: DecayingPressureParameters | null;
  readonly families: FamilyPressure | null;
  /** Stage events and their levels (stage indicators). */
  readonly stage: { readonly events: CompiledEvents; readonly levels: Float64Array } | null;
  readonly metric: PreparedMetric | null;
  readonly freshness: PreparedFreshness;
}

export interface PreparedEvidenceV2 {
  readonly methodVersion: 2;
  /** The point in time the evidence was filtered to (null = everything). */
  readonly asOf: string | null;
  readonly definitions: readonly IndicatorDefinition[];
  readonly indicators: readonly PreparedIndicatorV2[];
}

export interface PrepareV2Options {
  /** 'YYYY-MM-DD': use only evidence recorded on or before this day. */
  readonly asOf?: string | null;
}

/** Day on which a piece of evidence became known (recordedAt, else its date). */
function knownDay(
  item: { readonly date: string; readonly recordedAt?: string | null },
  field: string,
  id: string | number | null,
  key: string,
): number {
  const recorded = item.recordedAt ?? null;
  if (recorded !== null && !isIsoDay(recorded)) {
    throw new InvalidEvidenceError('recordedAt', `must be 'YYYY-MM-DD' (got ${JSON.stringify(recorded)})`, id, key);
  }
  if (!isIsoDay(item.date)) throw new InvalidEvidenceError(field, `must be 'YYYY-MM-DD' (got ${JSON.stringify(item.date)})`, id, key);
  return parseDay(recorded ?? item.date);
}

/**
 * Validates definitions and evidence and compiles them for version-2 scoring.
 * @throws ScoringParameterError for invalid definitions or asOf; InvalidEvidenceError for bad evidence
 */
export function prepareEvidenceV2(
  definitions: readonly IndicatorDefinition[],
  evidence: Evidence,
  options: PrepareV2Options = {},
): PreparedEvidenceV2 {
  const asOf = options.asOf ?? null;
  if (asOf !== null && !isIsoDay(asOf)) throw new ScoringParameterError('asOf', "must be a day 'YYYY-MM-DD'", asOf);
  const asOfDay = asOf === null ? null : parseDay(asOf);
  const known = (day: number) => asOfDay === null || day <= asOfDay;

  const seen = new Set<string>();
  for (const definition of definitions) {
    validateIndicatorDefinition(definition);
    if (seen.has(definition.key)) throw new ScoringParameterError('key', 'must be unique among indicators', definition.key);
    seen.add(definition.key);
  }
  const events = evidence.events.filter((e) => known(knownDay(e, 'date', e.id, e.indicatorKey)));
  const observations = evidence.observations.filter((o) => known(knownDay(o, 'date', null, o.indicatorKey)));
  const reviews = (evidence.reviews ?? []).filter((r) => known(knownDay(r, 'date', null, r.indicatorKey)));
  const families = familyKeys(events);
  const eventsBy = groupByIndicator<EvidenceEvent>(events);
  const observationsBy = groupByIndicator<Observation>(observations);
  const reviewsBy = groupByIndicator<EvidenceReview>(reviews);
  const structural = evidence.structural ?? [];

  const indicators = definitions.map((definition): PreparedIndicatorV2 => {
    const key = definition.key;
    const own = eventsBy.get(key) ?? [];
    const touches: number[] = [];
    for (const e of own) {
      touches.push(parseDay(e.date));
      if (e.recordedAt) touches.push(parseDay(e.recordedAt));
    }
    for (const o of observationsBy.get(key) ?? []) touches.push(parseDay(o.date));
    for (const r of reviewsBy.get(key) ?? []) touches.push(parseDay(r.date));
    const baseline = prepareBaseline(key, definition.baseline, structural, asOfDay);
    const freshness = prepareFreshness(definition.reviewIntervalDays, touches);
    const hold = definition.unknownHoldDays ?? 0;
    const method = definition.method;
    const base = { key, definition, baseline, freshness };
    switch (method.kind) {
      case 'event_pressure':
        return {
          ...base,
          pressureParameters: method,
          families: buildFamilies(key, own, families, method.impacts, hold),
          stage: null,
          metric: null,
        };
      case 'stage': {
        const staged = prepareStage(key, method, own);
        return {
          ...base,
          pressureParameters: method.enforcement,
          families: buildFamilies(key, staged.enforcementEvents.source, families, method.enforcement.impacts, hold),
          stage: { events: staged.stageEvents, levels: staged.stageLevels },
          metric: null,
        };
      }
      case 'metric':
        return {
          ...base,
          pressureParameters: null,
          families: null,
          stage: null,
          metric: prepareMetric(key, method, observationsBy.get(key) ?? []),
        };
    }
  });
  return { methodVersion: 2, asOf, definitions, indicators };
}
