import type { SeverityImpactTable } from '../model/indicator';
import { expNegative } from './exp-negative';

/** Start and end days of events sorted by start (see CompiledEvents). */
export interface EventSpans {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * The days on which ended events decay. Version 1 counts every calendar day; version 2 counts only
 * the days an indicator is monitored (freshDecayClock in freshness.ts), so an ended event's age is
 * τ(t) − τ(end), τ the running count of decay days.
 */
export interface DecayClock {
  /** Decay days in (from, to], for from ≤ to. */
  daysBetween(from: number, to: number): number;
  /** out[i] = 1 when day fromDay + i is a decay day, else 0, for i < days. */
  markDecayDays(fromDay: number, days: number, out: Uint8Array): void;
}

/** Every day is a decay day. */
export const CALENDAR_CLOCK: DecayClock = {
  daysBetween: (from, to) => to - from,
  markDecayDays: (_, days, out) => out.fill(1, 0, days),
};

/** Scratch buffers for {@link decayingPressure}; reuse them across calls in hot loops. */
export interface PressureWorkspace {
  /** starts[i]: impact of events starting on day i. */
  readonly starts: Float64Array;
  /** endings[i]: impact of events whose last held day is i − 1 (endings[0] is always 0). */
  readonly endings: Float64Array;
  /** decayDays[i]: 1 when day i is a decay day (see DecayClock). */
  readonly decayDays: Uint8Array;
}

/** Buffers for ranges of up to `days` days. */
export function createPressureWorkspace(days: number): PressureWorkspace {
  return { starts: new Float64Array(days), endings: new Float64Array(days + 1), decayDays: new Uint8Array(days) };
}

/**
 * Impact of each event from its severity: impacts[e] = table[severity[e] − 1].
 * @param severity severities 1..5
 * @param table    p(σ) for σ = 1..5
 */
export function eventImpacts(
  severity: Uint8Array,
  table: SeverityImpactTable,
  out: Float64Array = new Float64Array(severity.length),
): Float64Array {
  for (let e = 0; e < severity.length; e++) out[e] = table[severity[e] - 1];
  return out;
}

/**
 * Pressure of one event on `day`: p · 2^(−max(0, τ(day) − τ(end))/h) once started (start ≤ day),
 * else 0, τ counting the clock's decay days. Ongoing events (start ≤ day ≤ end) are held at full impact p.
 */
export function eventPressureAt(
  start: number,
  end: number,
  impact: number,
  halfLifeDays: number,
  day: number,
  clock: DecayClock = CALENDAR_CLOCK,
): number {
  if (day < start) return 0;
  return day <= end ? impact : impact * Math.pow(2, -clock.daysBetween(end, day) / halfLifeDays);
}

/**
 * Daily pressure x(t) = Σ_{e: start_e ≤ t} p_e · 2^(−max(0, τ(t) − τ(end_e))/h) for
 * t = fromDay … fromDay + days − 1, τ counting the clock's decay days (every day by default).
 *
 * Computed in O(events + days) by splitting x into a held part H (events under way, at full impact)
 * and a decaying part D (ended events), with r_t = 2^(−1/h) on decay days and 1 on other days:
 *   H(t) = H(t−1) + Σ_{start_e = t} p_e − Σ_{end_e = t−1} p_e
 *   D(t) = (D(t−1) + Σ_{end_e = t−1} p_e) · r_t
 * Events that started before `fromDay` enter the first day in closed form. Equal to the direct sum
 * up to floating-point rounding (relative error ~1e-13 over decades).
 *
 * @param events      spans sorted by start
 * @param impacts     p_e per event (same order as `events`)
 * @param halfLifeDays h > 0
 * @param out         receives x(t), length ≥ days
 */
export function decayingPressure(
  events: EventSpans,
  impacts: Float64Array,
  halfLifeDays: number,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
  workspace: PressureWorkspace = createPressureWorkspace(days),
  clock: DecayClock = CALENDAR_CLOCK,
): Float64Array {
  const initial = spreadEvents(events, impacts, halfLifeDays, fromDay, days, workspace, clock);
  const { starts, endings, decayDays } = workspace;
  clock.markDecayDays(fromDay, days, decayDays);
  const r = Math.pow(2, -1 / halfLifeDays);
  let held = initial.held;
  let decayed = initial.decayed;
  for (let i = 0; i < days; i++) {
    const ending = endings[i];
    if (i > 0) decayed = decayDays[i] === 1 ? (decayed + ending) * r : decayed + ending;
    held += starts[i] - ending;
    const x = held + decayed;
    out[i] = x > 0 ? x : 0; // rounding in `held` must not leave a tiny negative pressure
  }
  return out;
}

/**
 * First half of {@link decayingPressure}: spreads the events over the workspace — starts[i],
 * endings[i] for day offsets i — and returns the held and decayed pressure of events that began
 * before `fromDay`, as of day 0. Lets hot loops run their own fused recursion.
 */
export function spreadEvents(
  events: EventSpans,
  impacts: Float64Array,
  halfLifeDays: number,
  fromDay: number,
  days: number,
  workspace: PressureWorkspace,
  clock: DecayClock = CALENDAR_CLOCK,
): { held: number; decayed: number } {
  const { starts, endings } = workspace;
  starts.fill(0, 0, days);
  endings.fill(0, 0, days + 1);
  const lastDay = fromDay + days - 1;
  let held = 0;
  let decayed = 0;
  for (let e = 0; e < events.count; e++) {
    const start = events.start[e];
    if (start > lastDay) break;
    const end = events.end[e];
    const impact = impacts[e];
    if (start < fromDay && end < fromDay) {
      decayed += eventPressureAt(start, end, impact, halfLifeDays, fromDay, clock);
      continue;
    }
    if (start < fromDay) held += impact;
    else starts[start - fromDay] += impact;
    if (end < lastDay) endings[end - fromDay + 1] += impact;
  }
  return { held, decayed };
}

/**
 * Saturating score of a pressure: s = 100 · (1 − e^(−x/k)), in [0, 100).
 * @param x pressure ≥ 0
 * @param k saturation > 0: x = k gives 63.2, x = 2k gives 86.5, x = 3k gives 95.0
 */
export function saturationScore(x: number, k: number): number {
  return 100 * (1 - expNegative(x / k));
}

/** Applies {@link saturationScore} to a pressure series (in place when `out` is `x`). */
export function saturateSeries(x: Float64Array, k: number, out: Float64Array = new Float64Array(x.length)): Float64Array {
  const inv = 1 / k;
  for (let i = 0; i < x.length; i++) out[i] = 100 * (1 - expNegative(x[i] * inv));
  return out;
}
