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
  const count = events.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let first = 0;
  let last = 0;
  for (let i = 0; i < count; i++) {
    const event = events[i];
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
    starts[i] = start;
    ends[i] = end;
    if (i === 0 || start < first) first = start;
    if (i === 0 || start > last) last = start;
  }
  const order = byStartDay(starts, first, last);
  const compiled = {
    count,
    ids: new Array<EvidenceId>(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    severity: new Uint8Array(count),
    source: new Array<EvidenceEvent>(count),
  };
  for (let row = 0; row < count; row++) {
    const i = order[row];
    compiled.ids[row] = events[i].id;
    compiled.start[row] = starts[i];
    compiled.end[row] = ends[i];
    compiled.severity[row] = events[i].severity;
    compiled.source[row] = events[i];
  }
  return compiled;
}

/**
 * Input positions ordered by start day, ties in input order: a counting sort over the days
 * first … last (a comparison sort of a hundred thousand events costs several times more), or a
 * stable comparison sort when the days are spread far wider than there are events.
 */
function byStartDay(starts: Int32Array, first: number, last: number): Int32Array {
  const order = new Int32Array(starts.length);
  if (last - first > 4 * starts.length + 1024) {
    order.forEach((_, i) => (order[i] = i));
    return Int32Array.from(Array.from(order).sort((a, b) => starts[a] - starts[b]));
  }
  const positions = new Int32Array(last - first + 2);
  for (const start of starts) positions[start - first + 1]++;
  for (let day = 1; day < positions.length; day++) positions[day] += positions[day - 1];
  starts.forEach((start, i) => (order[positions[start - first]++] = i));
  return order;
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
