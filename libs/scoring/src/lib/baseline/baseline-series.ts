import { DAYS_PER_MONTH, formatDay, isIsoDay, parseDay } from '../dates/calendar-day';
import { InvalidEvidenceError } from '../errors';
import { goalpostScore } from '../methods/metric';
import type { StructuralObservation } from '../model/evidence';
import type { BaselineComponent, BaselineSpec } from '../model/indicator';
import { availabilityDay, periodDays } from './structural-period';

/**
 * Structural baseline B(t) of one indicator (method version 2).
 *
 *   u_c(t) = goalpost score of the latest value of series c known on day t (see BaselineComponent),
 *            or of the component's documented prior before its first value is known;
 *   B(t)   = Σ_c w_c · u_c(t) · (Σ_all w / Σ_known w)     (components without any value are left out
 *            and the others scaled up to the full baseline weight; 0 when none is known).
 *
 * A value is known from its availability day (publication rule of the component, or `recordedAt`),
 * so B(t) never uses a figure published after t. Each value carries its period and age; it is
 * flagged `staleVintage` when older than the spec's expected vintage, and so is a prior.
 */
export interface PreparedBaselineComponent {
  readonly component: BaselineComponent;
  /** Ascending availability days of the known values. */
  readonly availableDays: Int32Array;
  readonly periods: readonly string[];
  readonly values: Float64Array;
  /** u per value (0..100, riskier = higher). */
  readonly scores: Float64Array;
  /** u of the prior, NaN when there is none. */
  readonly priorScore: number;
}

export interface PreparedBaseline {
  readonly spec: BaselineSpec;
  readonly components: readonly PreparedBaselineComponent[];
  readonly totalWeight: number;
  readonly staleAfterDays: number;
}

/** The baseline of an indicator without a spec: B = 0 everywhere (version-1 behaviour). */
export const NO_BASELINE: PreparedBaseline = {
  spec: { components: [], expectedVintageMonths: 1, rationale: 'No structural baseline.', dataNotes: '' },
  components: [],
  totalWeight: 0,
  staleAfterDays: Infinity,
};

function componentScore(component: BaselineComponent, value: number): number {
  const u = goalpostScore(value, component.lo, component.hi);
  return component.direction === 'higher_is_riskier' ? u : 100 - u;
}

/**
 * Compiles the structural values a baseline uses.
 * @param structural observations of any series (others are ignored)
 * @param asOfDay    leave out values that become known after this day (null = all)
 * @throws InvalidEvidenceError for a bad period, value or recordedAt
 */
export function prepareBaseline(
  indicatorKey: string,
  spec: BaselineSpec | undefined,
  structural: readonly StructuralObservation[],
  asOfDay: number | null,
): PreparedBaseline {
  if (spec === undefined) return NO_BASELINE;
  const components = spec.components.map((component): PreparedBaselineComponent => {
    const rows: { day: number; period: string; value: number }[] = [];
    for (const o of structural) {
      if (o.series !== component.series) continue;
      if (typeof o.value !== 'number' || !Number.isFinite(o.value)) {
        throw new InvalidEvidenceError('value', `must be a finite number (got ${String(o.value)} for ${o.period})`, null, indicatorKey);
      }
      let day: number;
      if (o.recordedAt !== undefined && o.recordedAt !== null) {
        if (!isIsoDay(o.recordedAt)) throw new InvalidEvidenceError('recordedAt', "must be 'YYYY-MM-DD'", null, indicatorKey);
        day = parseDay(o.recordedAt);
      } else {
        day = availabilityDay(periodDays(o.period, o.series), component);
      }
      if (asOfDay === null || day <= asOfDay) rows.push({ day, period: o.period, value: o.value });
    }
    rows.sort((a, b) => a.day - b.day || a.period.localeCompare(b.period));
    return {
      component,
      availableDays: Int32Array.from(rows, (r) => r.day),
      periods: rows.map((r) => r.period),
      values: Float64Array.from(rows, (r) => r.value),
      scores: Float64Array.from(rows, (r) => componentScore(component, r.value)),
      priorScore: component.prior ? componentScore(component, component.prior.value) : Number.NaN,
    };
  });
  return {
    spec,
    components,
    totalWeight: spec.components.reduce((sum, c) => sum + c.weight, 0),
    staleAfterDays: spec.expectedVintageMonths * DAYS_PER_MONTH,
  };
}

/**
 * B(t) and its staleVintage flag for t = fromDay … fromDay + days − 1.
 * @param out   receives B
 * @param stale receives 1 where a component is stale, prior-based or missing
 */
export function baselineSeries(
  prepared: PreparedBaseline,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
  stale: Uint8Array = new Uint8Array(days),
): Float64Array {
  out.fill(0, 0, days);
  stale.fill(0, 0, days);
  if (prepared.components.length === 0) return out;
  const known = new Float64Array(days);
  for (const c of prepared.components) {
    const w = c.component.weight;
    let next = 0;
    let current = c.priorScore;
    let since = Number.NEGATIVE_INFINITY;
    let fromPrior = true;
    while (next < c.availableDays.length && c.availableDays[next] <= fromDay) {
      current = c.scores[next];
      since = c.availableDays[next++];
      fromPrior = false;
    }
    for (let i = 0; i < days; i++) {
      const day = fromDay + i;
      while (next < c.availableDays.length && c.availableDays[next] <= day) {
        current = c.scores[next];
        since = c.availableDays[next++];
        fromPrior = false;
      }
      if (Number.isNaN(current)) {
        stale[i] = 1;
        continue;
      }
      out[i] += w * current;
      known[i] += w;
      if (fromPrior || day - since > prepared.staleAfterDays) stale[i] = 1;
    }
  }
  for (let i = 0; i < days; i++) out[i] = known[i] > 0 ? (out[i] * prepared.totalWeight) / known[i] : 0;
  return out;
}

/** One component of the baseline on a day, as shown to users. */
export interface BaselineComponentValue {
  readonly series: string;
  readonly label: string;
  readonly weight: number;
  /** 'observation' = a published value, 'prior' = the documented assumption, 'missing' = nothing. */
  readonly source: 'observation' | 'prior' | 'missing';
  /** Period of the value in force (null for a prior or nothing). */
  readonly period: string | null;
  readonly value: number | null;
  /** Goalpost score u (0..100). */
  readonly normalised: number | null;
  /** Day the value became known. */
  readonly knownSince: string | null;
  readonly ageMonths: number | null;
  readonly staleVintage: boolean;
}

export interface BaselineValue {
  readonly date: string;
  readonly value: number;
  readonly staleVintage: boolean;
  readonly components: readonly BaselineComponentValue[];
}

/** B on one day with each component's period, vintage and staleness (for explanations). */
export function baselineAt(prepared: PreparedBaseline, day: number): BaselineValue {
  const value = baselineSeries(prepared, day, 1)[0];
  const components = prepared.components.map((c): BaselineComponentValue => {
    let row = -1;
    for (let j = 0; j < c.availableDays.length && c.availableDays[j] <= day; j++) row = j;
    const base = { series: c.component.series, label: c.component.label, weight: c.component.weight };
    if (row >= 0) {
      const age = (day - c.availableDays[row]) / DAYS_PER_MONTH;
      return {
        ...base,
        source: 'observation',
        period: c.periods[row],
        value: c.values[row],
        normalised: c.scores[row],
        knownSince: formatDay(c.availableDays[row]),
        ageMonths: age,
        staleVintage: day - c.availableDays[row] > prepared.staleAfterDays,
      };
    }
    const prior = c.component.prior;
    if (prior) {
      return {
        ...base,
        source: 'prior',
        period: null,
        value: prior.value,
        normalised: c.priorScore,
        knownSince: null,
        ageMonths: null,
        staleVintage: true,
      };
    }
    return {
      ...base,
      source: 'missing',
      period: null,
      value: null,
      normalised: null,
      knownSince: null,
      ageMonths: null,
      staleVintage: true,
    };
  });
  return { date: formatDay(day), value, staleVintage: components.some((c) => c.staleVintage), components };
}
