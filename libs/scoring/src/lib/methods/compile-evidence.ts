import { isIsoDay, parseDay } from '../dates/calendar-day';
import { InvalidEvidenceError } from '../errors';
import type { EvidenceEvent, EvidenceId, Observation } from '../model/evidence';

/**
 * Validated events of one indicator as parallel typed arrays, sorted by start day (ties keep their
 * input order). `source[i]` is the original event behind row i.
 */
export interface CompiledEvents {
  readonly count: number;
  readonly ids: readonly EvidenceId[];
  /** Start day numbers, ascending. */
  readonly start: Int32Array;
  /** End day numbers (end ≥ start; a one-day event ends on its start day). */
  readonly end: Int32Array;
  /** Severities 1..5. */
  readonly severity: Uint8Array;
  readonly source: readonly EvidenceEvent[];
}

/** Validated observations of one indicator: one value per day (the last given wins), days ascending. */
export interface CompiledObservations {
  readonly days: Int32Array;
  readonly values: Float64Array;
}

/** Splits evidence by `indicatorKey`, keeping input order within each indicator. */
export function groupByIndicator<T extends { readonly indicatorKey: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.indicatorKey);
    if (group === undefined) groups.set(item.indicatorKey, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Validates and compiles events. end = endDate, or the event date when there is none.
 * @throws InvalidEvidenceError for a missing id, an invalid date, an end before the start, or a
 *   severity that is not an integer 1..5
 */
export function compileEvents(indicatorKey: string, events: readonly EvidenceEvent[]): CompiledEvents {
  const rows = events.map((event) => {
    const id = event.id;
    if ((typeof id !== 'string' || id === '') && (typeof id !== 'number' || !Number.isFinite(id))) {
      throw new InvalidEvidenceError('id', 'must be a non-empty string or a finite number', null, indicatorKey);
    }
    if (!isIsoDay(event.date)) {
      throw new InvalidEvidenceError('date', `must be 'YYYY-MM-DD' (got ${JSON.stringify(event.date)})`, id, indicatorKey);
    }
    const start = parseDay(event.date);
    let end = start;
    if (event.endDate !== undefined && event.endDate !== null) {
      if (!isIsoDay(event.endDate)) {
        throw new InvalidEvidenceError('endDate', `must be 'YYYY-MM-DD' (got ${JSON.stringify(event.endDate)})`, id, indicatorKey);
      }
      end = parseDay(event.endDate);
      if (end < start) throw new InvalidEvidenceError('endDate', 'must not precede the event date', id, indicatorKey);
    }
    const severity = event.severity;
    if (!Number.isInteger(severity) || severity < 1 || severity > 5) {
      throw new InvalidEvidenceError('severity', `must be an integer 1..5 (got ${String(severity)})`, id, indicatorKey);
    }
    return { event, start, end, severity };
  });
  rows.sort((a, b) => a.start - b.start);
  const count = rows.length;
  const compiled = {
    count,
    ids: rows.map((r) => r.event.id),
    start: new Int32Array(count),
    end: new Int32Array(count),
    severity: new Uint8Array(count),
    source: rows.map((r) => r.event),
  };
  rows.forEach((r, i) => {
    compiled.start[i] = r.start;
    compiled.end[i] = r.end;
    compiled.severity[i] = r.severity;
  });
  return compiled;
}

/**
 * Validates and compiles observations; of several on one day the last in input order wins (a
 * correction supersedes the earlier figure).
 * @throws InvalidEvidenceError for an invalid date or a value that is not a finite number
 */
export function compileObservations(indicatorKey: string, observations: readonly Observation[]): CompiledObservations {
  const byDay = new Map<number, number>();
  for (const observation of observations) {
    if (!isIsoDay(observation.date)) {
      throw new InvalidEvidenceError('date', `must be 'YYYY-MM-DD' (got ${JSON.stringify(observation.date)})`, null, indicatorKey);
    }
    if (typeof observation.value !== 'number' || !Number.isFinite(observation.value)) {
      throw new InvalidEvidenceError(
        'value',
        `must be a finite number (got ${String(observation.value)} on ${observation.date})`,
        null,
        indicatorKey,
      );
    }
    byDay.set(parseDay(observation.date), observation.value);
  }
  const days = Int32Array.from(byDay.keys()).sort();
  return { days, values: Float64Array.from(days, (day) => byDay.get(day) as number) };
}
