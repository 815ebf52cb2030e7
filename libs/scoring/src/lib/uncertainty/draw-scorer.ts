import type { CompiledEvents } from '../methods/compile-evidence';
import { expNegative } from '../methods/exp-negative';
import type { PreparedIndicator } from '../methods/score-indicators';
import { stageLevelSeries } from '../methods/stage';
import type { DecayingPressureParameters } from '../model/indicator';
import { PressureSlots } from './pressure-slots';
import { SeverityPerturbation } from './severity-perturbation';
import type { SeededRandom } from './seeded-random';

/** The day grid of a simulation: day offsets first, first + step, … (all < days). */
export interface DayGrid {
  readonly fromDay: number;
  readonly days: number;
  readonly first: number;
  readonly step: number;
  readonly size: number;
}

/**
 * Rescores one event-based indicator with perturbed severities on a day grid. A draw costs
 * O(events + days): x(t) is linear in the impacts, so everything that does not depend on them — each
 * event's day slots, the decay factor 2^(−(from − end)/h) of events that ended before the range — is
 * worked out once, and a draw only reruns the recursion of decayingPressure, fused with the saturation
 * on grid days, then clears the slots it used (instead of clearing whole buffers).
 */
export class DrawScorer {
  private readonly perturbation: SeverityPerturbation;
  private readonly impacts: Float64Array;
  private readonly slots: PressureSlots;
  private readonly scores: Float64Array;

  private constructor(
    events: CompiledEvents,
    private readonly parameters: DecayingPressureParameters,
    /** Stage level on each grid day; null for event pressure (level 0). */
    private readonly levels: Float64Array | null,
    private readonly grid: DayGrid,
    shiftProbability: number,
  ) {
    this.perturbation = new SeverityPerturbation(events, parameters.impacts, shiftProbability);
    this.impacts = new Float64Array(events.count);
    this.slots = new PressureSlots(events, grid.fromDay, grid.days, parameters.halfLifeDays);
    this.scores = new Float64Array(grid.size);
  }

  /**
   * A scorer for an indicator whose score depends on severities, or null when nothing can vary
   * (metrics, indicators without events).
   */
  static forIndicator(indicator: PreparedIndicator, grid: DayGrid, shiftProbability: number): DrawScorer | null {
    if (indicator.kind === 'event_pressure') {
      return indicator.events.count === 0 ? null : new DrawScorer(indicator.events, indicator.method, null, grid, shiftProbability);
    }
    if (indicator.kind === 'stage') {
      if (indicator.enforcementEvents.count === 0) return null;
      const daily = stageLevelSeries(indicator, grid.fromDay, grid.days);
      const levels = Float64Array.from({ length: grid.size }, (_, j) => daily[grid.first + j * grid.step]);
      return new DrawScorer(indicator.enforcementEvents, indicator.method.enforcement, levels, grid, shiftProbability);
    }
    return null;
  }

  /**
   * Scores for one draw on the grid days: s = L + (100 − L)·(1 − e^(−x/k)) with x from perturbed
   * impacts (L = 0 for event pressure). The returned array is reused by the next call.
   */
  score(rng: SeededRandom): Float64Array {
    const { scores, levels, grid, parameters, impacts, slots } = this;
    const { starts, endings } = slots;
    this.perturbation.draw(rng, impacts);
    slots.reset();
    for (let e = 0; e < slots.count; e++) slots.add(e, impacts[e], grid.days);
    let held = slots.held;
    let decayed = slots.decayed;
    // the recursion of decayingPressure, fused with the saturation on grid days
    const r = Math.pow(2, -1 / parameters.halfLifeDays);
    const inv = 1 / parameters.saturation;
    const { days, step } = grid;
    let next = grid.first;
    let j = 0;
    for (let i = 0; i < days; i++) {
      const ending = endings[i];
      if (i > 0) decayed = (decayed + ending) * r;
      held += starts[i] - ending;
      if (i === next) {
        const x = held + decayed;
        const g = 1 - expNegative((x > 0 ? x : 0) * inv);
        scores[j] = levels === null ? 100 * g : levels[j] + (100 - levels[j]) * g;
        j++;
        next += step;
      }
    }
    slots.clear();
    return scores;
  }
}
