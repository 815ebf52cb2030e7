import type { EvidenceEvent } from '../model/evidence';
import type { EventPressureMethod } from '../model/indicator';
import { compileEvents, type CompiledEvents } from './compile-evidence';
import { dailySeries } from './daily-series';
import { decayingPressure, eventImpacts, saturateSeries } from './decaying-pressure';

/**
 * Event-pressure scoring.
 *
 *   x(t) = Σ_{e: date_e ≤ t} p(σ_e) · 2^(−max(0, t − end_e)/h)     (end_e = endDate, or date when none)
 *   s(t) = 100 · (1 − e^(−x(t)/k))
 *
 * Parameters (EventPressureMethod): p = `impacts` (severity 1..5 → impact), h = `halfLifeDays`,
 * k = `saturation`. An ongoing event counts at full impact from its date to its end date, then
 * halves every h days. The score has data (0) from the start of any range: no events is information.
 */
export interface PreparedEventPressure {
  readonly kind: 'event_pressure';
  readonly key: string;
  readonly method: EventPressureMethod;
  readonly events: CompiledEvents;
  /** p(σ_e) per compiled event. */
  readonly impacts: Float64Array;
}

/** Validates and compiles the events of an event-pressure indicator (see compileEvents for errors). */
export function prepareEventPressure(key: string, method: EventPressureMethod, events: readonly EvidenceEvent[]): PreparedEventPressure {
  const compiled = compileEvents(key, events);
  return { kind: 'event_pressure', key, method, events: compiled, impacts: eventImpacts(compiled.severity, method.impacts) };
}

/**
 * Daily scores s(t) for t = fromDay … fromDay + days − 1 (formula above).
 * @param out       receives the scores (length ≥ days)
 * @param workspace scratch buffers, reused across calls in hot loops
 */
export const scoreEventPressure = dailySeries<PreparedEventPressure>((prepared, fromDay, days, out, workspace) => {
  const { method } = prepared;
  decayingPressure(prepared.events, prepared.impacts, method.halfLifeDays, fromDay, days, out, workspace);
  return saturateSeries(out, method.saturation, out);
});
