import { isIsoDay } from '../dates/calendar-day';
import { InvalidEvidenceError } from '../errors';
import { compileEvents, type CompiledEvents } from '../methods/compile-evidence';
import type { EventSpans } from '../methods/decaying-pressure';
import type { EventStatus, EvidenceEvent, EvidenceId } from '../model/evidence';
import type { SeverityImpactTable } from '../model/indicator';

/**
 * Honest memory (method version 2): how long an event's impact is held, and families that count once.
 *
 * Effective end of one event:
 *   endDate when given (any status);
 *   `ongoing` without endDate: open — held at full impact on every day scored (until an end is entered);
 *   `unknown` without endDate: date + unknownHoldDays, then it decays and is flagged;
 *   `ended` or no status (version 1): its date.
 *
 * A family (see familyKeys) is one crisis per indicator: its impact at day t is the largest impact
 * p(σ) among its members that have started by t (follow-ups add nothing unless stronger), held from
 * the first member's date to the family's end, then halving every h days. The family's end is the
 * latest effective end among the members that say the crisis lasted: the first member, a member with
 * an explicit end date, an `ongoing` or `unknown` member, and a member that raises the family's
 * severity (an escalation shows the crisis was still under way on its date). An `ended` follow-up
 * without its own end date and no stronger than the family so far — a death-toll report, a reaction,
 * an investigation two months later — does not stretch the hold to its date. An open (ongoing)
 * family is closed by a member of status `ended` dated on or after the latest open member (its
 * endDate, or its date).
 *
 * The running maximum is written as impact increments (one per step up), each held to the family's
 * end, so the pressure stays a sum Σ p_j 2^(−max(0, τ(t) − τ(end_j))/h) computed by decayingPressure
 * (τ counts the days on which decay is credited: the fresh days, freshness.ts).
 */
export const OPEN_END = 1 << 30;

export interface EventFamily {
  readonly key: string;
  readonly strongestId: EvidenceId;
  /** Severity of the strongest member. */
  readonly severity: number;
  /** p(σ) of the strongest member. */
  readonly impact: number;
  readonly startDay: number;
  /** Last day held at full impact; OPEN_END while ongoing without an end. */
  readonly endDay: number;
  readonly status: EventStatus;
  /** For `unknown`: impact halves from the day after endDay and the family is flagged. */
  readonly lapsedUnknown: boolean;
  /** Compiled rows of the members (in the indicator's CompiledEvents), ascending start. */
  readonly rows: readonly number[];
}

export interface FamilyPressure {
  readonly events: CompiledEvents;
  readonly families: readonly EventFamily[];
  /** Impact increments sorted by start: the input of decayingPressure. */
  readonly spans: EventSpans;
  readonly impacts: Float64Array;
  /** Family index of each increment. */
  readonly familyOf: Int32Array;
}

const STATUSES: readonly string[] = ['ongoing', 'ended', 'unknown'];

/**
 * Validates an indicator's events (as compileEvents, plus status and recordedAt) and builds families.
 * @param familyOf  family key of each event (familyKeys over all evidence)
 * @param table     p(σ) for σ = 1..5
 * @param unknownHoldDays days an `unknown` event is held (0 = as an ended one-day event)
 */
export function buildFamilies(
  indicatorKey: string,
  events: readonly EvidenceEvent[],
  familyOf: ReadonlyMap<EvidenceEvent, string>,
  table: SeverityImpactTable,
  unknownHoldDays: number,
): FamilyPressure {
  for (const event of events) checkMemoryFields(indicatorKey, event);
  const compiled = compileEvents(indicatorKey, events);
  // members of each family, families in order of their first row, i.e. of their start day
  const index = new Map<string, number>();
  const keys: string[] = [];
  const members: number[][] = [];
  for (let row = 0; row < compiled.count; row++) {
    const key = familyOf.get(compiled.source[row]) ?? `row:${row}`;
    const f = index.get(key);
    if (f === undefined) {
      index.set(key, keys.length);
      keys.push(key);
      members.push([row]);
    } else members[f].push(row);
  }
  const families: EventFamily[] = keys.map((key, f) => makeFamily(key, members[f], compiled, table, unknownHoldDays));

  // the running maximum of each family as impact increments (one per step up), held to its end
  const starts: number[] = [];
  const ends: number[] = [];
  const impacts: number[] = [];
  const owners: number[] = [];
  families.forEach((family, f) => {
    let running = 0;
    for (const row of family.rows) {
      const impact = table[compiled.severity[row] - 1];
      if (impact > running) {
        starts.push(compiled.start[row]);
        ends.push(family.endDay);
        impacts.push(impact - running);
        owners.push(f);
        running = impact;
      }
    }
  });
  // by start, ties in family order: already so unless a follow-up raised its family after another family began
  let sorted = true;
  for (let j = 1; j < starts.length && sorted; j++) sorted = starts[j - 1] <= starts[j];
  const order = sorted ? null : Array.from(starts, (_, j) => j).sort((a, b) => starts[a] - starts[b] || a - b);
  const inOrder = (values: number[]) => (order === null ? values : order.map((j) => values[j]));
  return {
    events: compiled,
    families,
    spans: { count: starts.length, start: new Int32Array(inOrder(starts)), end: new Int32Array(inOrder(ends)) },
    impacts: new Float64Array(inOrder(impacts)),
    familyOf: new Int32Array(inOrder(owners)),
  };
}

function checkMemoryFields(indicatorKey: string, event: EvidenceEvent): void {
  if (event.status !== undefined && event.status !== null && !STATUSES.includes(event.status)) {
    throw new InvalidEvidenceError('status', "must be 'ongoing', 'ended' or 'unknown'", event.id, indicatorKey);
  }
  if (event.recordedAt !== undefined && event.recordedAt !== null && !isIsoDay(event.recordedAt)) {
    throw new InvalidEvidenceError('recordedAt', `must be 'YYYY-MM-DD' (got ${JSON.stringify(event.recordedAt)})`, event.id, indicatorKey);
  }
}

/** Effective end of one compiled event (see the rules above). */
export function effectiveEnd(compiled: CompiledEvents, row: number, unknownHoldDays: number): number {
  const source = compiled.source[row];
  if (source.endDate !== undefined && source.endDate !== null) return compiled.end[row];
  if (source.status === 'ongoing') return OPEN_END;
  if (source.status === 'unknown') return compiled.start[row] + unknownHoldDays;
  return compiled.start[row];
}

/** Whether an event's own record says how long it lasted: an explicit end date, or a status that holds (ongoing, unknown). */
function spansOwnEnd(source: EvidenceEvent): boolean {
  return (source.endDate !== undefined && source.endDate !== null) || source.status === 'ongoing' || source.status === 'unknown';
}

/** Ids of a family's members. */
export function familyMemberIds(pressure: FamilyPressure, family: EventFamily): EvidenceId[] {
  return family.rows.map((row) => pressure.events.ids[row]);
}

function makeFamily(key: string, rows: readonly number[], compiled: CompiledEvents, table: SeverityImpactTable, hold: number): EventFamily {
  let strongest = rows[0];
  let end = Number.NEGATIVE_INFINITY;
  let endRow = rows[0];
  let latestOpenStart = Number.NEGATIVE_INFINITY;
  let running = 0;
  for (const row of rows) {
    const severity = compiled.severity[row];
    if (severity > compiled.severity[strongest]) strongest = row;
    const escalates = severity > running;
    if (escalates) running = severity;
    const rowEnd = effectiveEnd(compiled, row, hold);
    if (rowEnd === OPEN_END) latestOpenStart = Math.max(latestOpenStart, compiled.start[row]);
    else if (rowEnd > end && (escalates || spansOwnEnd(compiled.source[row]))) {
      end = rowEnd;
      endRow = row;
    }
  }
  if (latestOpenStart > Number.NEGATIVE_INFINITY) {
    const closers = rows.filter((row) => compiled.source[row].status === 'ended' && compiled.start[row] >= latestOpenStart);
    if (closers.length === 0) {
      end = OPEN_END;
    } else {
      for (const row of closers) {
        if (compiled.end[row] > end) {
          end = compiled.end[row];
          endRow = row;
        }
      }
    }
  }
  const endSource = compiled.source[endRow];
  const status: EventStatus =
    end === OPEN_END ? 'ongoing' : endSource.status === 'unknown' && (endSource.endDate ?? null) === null ? 'unknown' : 'ended';
  return {
    key,
    strongestId: compiled.ids[strongest],
    severity: compiled.severity[strongest],
    impact: table[compiled.severity[strongest] - 1],
    startDay: compiled.start[rows[0]],
    endDay: end,
    status,
    lapsedUnknown: status === 'unknown',
    rows,
  };
}
