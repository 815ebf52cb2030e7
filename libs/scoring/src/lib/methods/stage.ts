import { InvalidEvidenceError } from '../errors';
import type { EvidenceEvent } from '../model/evidence';
import type { StageMethod } from '../model/indicator';
import { compileEvents, type CompiledEvents } from './compile-evidence';
import { expNegative } from './exp-negative';
import { dailySeries } from './daily-series';
import { decayingPressure, eventImpacts } from './decaying-pressure';

/**
 * Stage (legislation) scoring.
 *
 *   L(t) = level of the stage reached by the latest stage event with date ≤ t (0 before any;
 *          of several on one day, the last in input order)
 *   x(t) = Σ enforcement events p(σ_e) · 2^(−max(0, t − end_e)/h)        (as for event pressure)
 *   g(t) = 1 − e^(−x(t)/k)
 *   s(t) = L(t) + (100 − L(t)) · g(t)
 *
 * A stage event (one with `stage` set) moves the bill along: proposed, drafted, first reading, adopted,
 * enforced — or withdrawn, which lowers the level. Events without a stage are enforcement events
 * (raids, register listings, prosecutions) that push the score from the legal level towards 100 and
 * decay with the enforcement half-life. Parameters: `stages` (key → level in [0, 100]) and
 * `enforcement` {halfLifeDays h, saturation k, impacts p}. Data (0) from the start of any range.
 */
export interface PreparedStage {
  readonly kind: 'stage';
  readonly key: string;
  readonly method: StageMethod;
  readonly stageEvents: CompiledEvents;
  /** L for each stage event (same order as `stageEvents`). */
  readonly stageLevels: Float64Array;
  readonly enforcementEvents: CompiledEvents;
  readonly enforcementImpacts: Float64Array;
}

/**
 * Validates and compiles the events of a stage indicator.
 * @throws InvalidEvidenceError (field `stage`) for a stage the method does not define, and as compileEvents
 */
export function prepareStage(key: string, method: StageMethod, events: readonly EvidenceEvent[]): PreparedStage {
  const levels = new Map(method.stages.map((s) => [s.key, s.level]));
  const staged: EvidenceEvent[] = [];
  const enforcement: EvidenceEvent[] = [];
  for (const event of events) {
    if (event.stage === undefined || event.stage === null || event.stage === '') {
      enforcement.push(event);
    } else if (levels.has(event.stage)) {
      staged.push(event);
    } else {
      throw new InvalidEvidenceError(
        'stage',
        `unknown stage ${JSON.stringify(event.stage)}; expected one of ${[...levels.keys()].join(', ')}`,
        event.id,
        key,
      );
    }
  }
  const stageEvents = compileEvents(key, staged);
  const enforcementEvents = compileEvents(key, enforcement);
  return {
    kind: 'stage',
    key,
    method,
    stageEvents,
    stageLevels: Float64Array.from(stageEvents.source, (e) => levels.get(e.stage as string) as number),
    enforcementEvents,
    enforcementImpacts: eventImpacts(enforcementEvents.severity, method.enforcement.impacts),
  };
}

/** L(t) for t = fromDay … fromDay + days − 1 (step function of the latest stage event). */
export function stageLevelSeries(
  prepared: Pick<PreparedStage, 'stageEvents' | 'stageLevels'>,
  fromDay: number,
  days: number,
  out: Float64Array = new Float64Array(days),
): Float64Array {
  const { start, count } = prepared.stageEvents;
  let next = 0;
  let level = 0;
  for (let i = 0; i < days; i++) {
    const day = fromDay + i;
    while (next < count && start[next] <= day) level = prepared.stageLevels[next++];
    out[i] = level;
  }
  return out;
}

/** Enforcement pressure x(t) for t = fromDay … fromDay + days − 1. */
export const enforcementPressureSeries = dailySeries<PreparedStage>((prepared, fromDay, days, out, workspace) => {
  const { halfLifeDays } = prepared.method.enforcement;
  return decayingPressure(prepared.enforcementEvents, prepared.enforcementImpacts, halfLifeDays, fromDay, days, out, workspace);
});

/**
 * s(t) = L + (100 − L)·(1 − e^(−x/k)) from a level and a pressure (see the formula above).
 * @param level    L in [0, 100]
 * @param pressure x ≥ 0
 * @param k        enforcement saturation > 0
 */
export function stageScore(level: number, pressure: number, k: number): number {
  return level + (100 - level) * (1 - expNegative(pressure / k));
}

/** Daily stage scores s(t) for t = fromDay … fromDay + days − 1. */
export const scoreStage = dailySeries<PreparedStage>((prepared, fromDay, days, out, workspace) => {
  const levels = stageLevelSeries(prepared, fromDay, days);
  enforcementPressureSeries(prepared, fromDay, days, out, workspace);
  const k = prepared.method.enforcement.saturation;
  for (let i = 0; i < days; i++) out[i] = stageScore(levels[i], out[i], k);
  return out;
});
