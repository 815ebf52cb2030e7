import { formatDay } from '../dates/calendar-day';
import { ScoringParameterError } from '../errors';
import type { CompiledEvents } from '../methods/compile-evidence';
import { eventPressureAt } from '../methods/decaying-pressure';
import type { PreparedEvidence, PreparedIndicator } from '../methods/score-indicators';
import type { EvidenceId } from '../model/evidence';

/** One piece of evidence behind an indicator's score or its change. */
export interface IndicatorDriver {
  /** event: an event-pressure or enforcement event; stage: the stage in force; observation: a metric value. */
  readonly kind: 'event' | 'stage' | 'observation';
  readonly eventId: EvidenceId | null;
  /** Event date, or the observation's date. */
  readonly date: string;
  readonly endDate: string | null;
  readonly severity: number | null;
  readonly stage: string | null;
  /** Observed value (observations only). */
  readonly value: number | null;
  /** The event's pressure x_e at the earlier date (changes only; null otherwise). */
  readonly pressureFrom: number | null;
  /** The event's pressure x_e at the (later) date. */
  readonly pressureTo: number | null;
  /** Score points attributed to this driver. */
  readonly points: number;
  /**
   * points as a fraction of the explained total — the score (for an event-pressure score this is the
   * event's share x_e/x of the pressure) or the change; null when that total is 0 or unknown.
   */
  readonly share: number | null;
}

/** A driver before ranking (its share is set once the total is known). */
export type DriverDraft = Omit<IndicatorDriver, 'share'>;

export interface DriverOptions {
  /** Keep the `limit` drivers with the largest |points|; the rest are summed into `remainder`. */
  readonly limit?: number;
}

/** A ranked driver list whose points plus `remainder` add up to the explained total. */
export interface RankedDrivers {
  readonly drivers: readonly IndicatorDriver[];
  readonly remainder: number;
}

/**
 * Sorts by |points| (largest first), sets each share = points / total, and cuts to `limit`, keeping
 * the sum of the rest in `remainder`.
 * @param total the explained score or change (null when unknown)
 */
export function rankDrivers(drafts: DriverDraft[], total: number | null, options: DriverOptions = {}): RankedDrivers {
  const limit = options.limit ?? Infinity;
  if (!(limit >= 0)) throw new ScoringParameterError('limit', 'must be a number ≥ 0', limit);
  drafts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const drivers = drafts.slice(0, limit).map((d) => ({ ...d, share: total === null || total === 0 ? null : d.points / total }));
  let remainder = 0;
  for (let i = drivers.length; i < drafts.length; i++) remainder += drafts[i].points;
  return { drivers, remainder };
}

/** The prepared indicator with `key`. @throws ScoringParameterError (`key`) when there is none */
export function findPreparedIndicator(prepared: PreparedEvidence, key: string): PreparedIndicator {
  const indicator = prepared.indicators.find((i) => i.key === key);
  if (indicator === undefined) throw new ScoringParameterError('key', 'no such indicator', key);
  return indicator;
}

/** x_e(day) of every event (closed form, see eventPressureAt) and their total x(day). */
export function eventPressures(
  events: CompiledEvents,
  impacts: Float64Array,
  halfLifeDays: number,
  day: number,
): { perEvent: Float64Array; total: number } {
  const perEvent = new Float64Array(events.count);
  let total = 0;
  for (let e = 0; e < events.count && events.start[e] <= day; e++) {
    total += perEvent[e] = eventPressureAt(events.start[e], events.end[e], impacts[e], halfLifeDays, day);
  }
  return { perEvent, total };
}

/** Driver for compiled event row `e`. */
export function eventDriver(
  events: CompiledEvents,
  e: number,
  kind: 'event' | 'stage',
  pressureFrom: number | null,
  pressureTo: number | null,
  points: number,
): DriverDraft {
  const source = events.source[e];
  return {
    kind,
    eventId: events.ids[e],
    date: formatDay(events.start[e]),
    endDate: source.endDate ?? null,
    severity: source.severity,
    stage: source.stage ?? null,
    value: null,
    pressureFrom,
    pressureTo,
    points,
  };
}

/** Row of the latest event with start ≤ day (-1 when none). Events are sorted by start. */
export function latestEventRow(events: CompiledEvents, day: number): number {
  let row = -1;
  for (let e = 0; e < events.count && events.start[e] <= day; e++) row = e;
  return row;
}

/**
 * Slope m used to apportion a change Δy = y(x1) − y(x0) to parts of Δx = Σ Δx_e exactly:
 * the secant Δy/Δx, or the derivative at the midpoint when Δx is too small for a stable quotient
 * (then Δy ≈ 0 too). Then Σ_e m·Δx_e = Δy.
 */
export function secantSlope(y0: number, y1: number, x0: number, x1: number, derivativeAt: (x: number) => number): number {
  const dx = x1 - x0;
  if (Math.abs(dx) > 1e-9 * Math.max(1, Math.abs(x0))) return (y1 - y0) / dx;
  return derivativeAt((x0 + x1) / 2);
}
