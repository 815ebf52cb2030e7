import { FRESH, UNMONITORED, freshDecayClock } from '../freshness/freshness';
import type { EventSpans } from '../methods/decaying-pressure';
import { expNegative } from '../methods/exp-negative';
import type { IndicatorSeriesV2 } from '../v2/score-v2';
import type { PreparedIndicatorV2 } from '../v2/prepare-v2';
import { PressureSlots } from './pressure-slots';
import type { SeededRandom } from './seeded-random';
import { SHIFT_DOWN, SHIFT_NONE, SHIFT_UP, type SeverityShifts } from './severity-shifts';

const NO_SPANS: EventSpans = { count: 0, start: new Int32Array(0), end: new Int32Array(0) };
/** x/k from which 1 − e^(−x/k) rounds to 1 in double precision (e^(−38) < 2^(−54)): no exponential needed. */
const SATURATED = 38;

/**
 * One indicator of the version-2 Monte Carlo, with everything that is the same in every draw worked
 * out once (as DrawScorer does for version 1): each impact increment's day slots, the decay factor
 * 2^(−(τ(from) − τ(end))/h) of increments that ended before the range and the per-day decay ratio
 * (2^(−1/h) on fresh days, 1 on others: the fresh-day clock of version 2), each family's impact
 * ratios p(σ ± 1)/p(σ), the covered days as runs of fresh and of stale days, and the score of an
 * indicator without event families. A draw then costs O(increments + days): it scales the
 * increments by their family's factor, reruns the recursion of decayingPressure (emptying its day
 * slots as it goes) and saturates; each profile's composite then reads its scores (DrawSums). Under
 * heavy evidence most days saturate (s = F + (100 − F) whatever the shifts): a draw then runs the
 * recursion only up to the day from which every later one does (setSaturation).
 */
export class IndicatorDrawV2 {
  /** Families whose severity a draw shifts (0 for a metric or an indicator without events). */
  readonly familyCount: number;
  /** Saturation k of the event part before perturbation (1 when there is none). */
  readonly saturation: number;
  /** 1 on the output days this indicator has a score (monitored, with data). */
  readonly coverage: Uint8Array;
  /** Per family f: its impact factor at 3f + the shift's choice (SHIFT_DOWN, SHIFT_UP, SHIFT_NONE). */
  private readonly factors: Float64Array;
  /** Impact factor of each family in the current draw. */
  private readonly familyFactor: Float64Array;
  /** The random numbers of the current draw's severity shifts, one per family. */
  private readonly uniforms: Uint32Array;
  private readonly increments: Float64Array;
  private readonly familyOf: Int32Array;
  /** Each increment's day slots and, for one that ended before the range, its decay factor. */
  private readonly slots: PressureSlots;
  private readonly pressure: Float64Array;
  /** Decay ratio of each day: 2^(−1/h) on fresh days, 1 on others. */
  private readonly dayRatio: Float64Array;
  /** Covered days as runs (first day, end day exclusive, 1 when stale). */
  private readonly runs: Int32Array;
  private readonly floor: Float64Array;
  private readonly spread: Float64Array;
  /**
   * Per day t: the largest k with which every covered day from t on saturates (x/k ≥ SATURATED, so
   * s = F + (100 − F)) whatever the severity shifts; +∞ past the last day.
   */
  private readonly saturatesUpTo: Float64Array;
  /** Per day t: the increments that start before t, and the families they belong to (a prefix of each). */
  private readonly incrementsBefore: Int32Array;
  private readonly familiesBefore: Int32Array;
  /** The current draw's k, and the days whose pressure it needs (every later covered day saturates). */
  private k = 1;
  private pressureDays = 0;
  /** Scores of an indicator without event families (nothing but staleness varies). */
  private readonly fixedScore: Float64Array | null;
  /** The current draw's scores on the covered days (0 on the others). */
  readonly scores: Float64Array;

  /** @param scored the indicator's unperturbed scores over the range, which starts on `fromDay` */
  constructor(indicator: PreparedIndicatorV2, scored: IndicatorSeriesV2, fromDay: number) {
    const days = scored.score.length;
    const fam = indicator.families;
    const p = indicator.pressureParameters;
    const withEvents = fam !== null && p !== null && fam.spans.count > 0;
    this.floor = scored.floor;
    this.spread = scored.spread;
    this.fixedScore = withEvents ? null : scored.score;
    this.scores = new Float64Array(days);
    const data = withEvents ? scored.floor : scored.score;
    // plain loops: typed arrays' from() with a mapping function is slow for long arrays
    this.coverage = new Uint8Array(days);
    for (let t = 0; t < days; t++) this.coverage[t] = scored.freshness[t] !== UNMONITORED && !Number.isNaN(data[t]) ? 1 : 0;
    this.runs = freshnessRuns(scored, this.coverage);
    const families = withEvents ? fam.families : [];
    const table = p?.impacts ?? [0, 0, 0, 0, 0];
    const impactOf = (severity: number) => table[Math.min(5, Math.max(1, severity)) - 1];
    const factor = (base: number, next: number) => (base > 0 ? next / base : 0);
    this.saturation = p?.saturation ?? 1;
    this.familyCount = families.length;
    this.factors = new Float64Array(3 * families.length);
    families.forEach((f, i) => {
      this.factors[3 * i + SHIFT_DOWN] = factor(f.impact, impactOf(f.severity - 1));
      this.factors[3 * i + SHIFT_UP] = factor(f.impact, impactOf(f.severity + 1));
      this.factors[3 * i + SHIFT_NONE] = factor(f.impact, f.impact);
    });
    this.familyFactor = new Float64Array(families.length);
    for (let f = 0; f < families.length; f++) this.familyFactor[f] = this.factors[3 * f + SHIFT_NONE];
    this.uniforms = new Uint32Array(families.length);
    const clock = freshDecayClock(indicator.freshness);
    const decayDays = new Uint8Array(withEvents ? days : 0);
    if (withEvents) clock.markDecayDays(fromDay, days, decayDays);
    const ratio = p === null ? 1 : Math.pow(2, -1 / p.halfLifeDays);
    this.dayRatio = new Float64Array(decayDays.length);
    for (let t = 0; t < decayDays.length; t++) this.dayRatio[t] = decayDays[t] === 1 ? ratio : 1;
    this.pressure = new Float64Array(withEvents ? days : 0);
    // without events no slots (a draw never runs the recursion)
    this.slots = withEvents
      ? new PressureSlots(fam.spans, fromDay, days, p.halfLifeDays, clock)
      : new PressureSlots(NO_SPANS, fromDay, 0, 1);
    const count = this.slots.count;
    this.increments = withEvents ? fam.impacts.slice(0, count) : new Float64Array(0);
    this.familyOf = withEvents ? fam.familyOf.slice(0, count) : new Int32Array(0);
    this.incrementsBefore = new Int32Array(days + 1);
    this.familiesBefore = new Int32Array(days + 1);
    for (let t = 1, j = 0, families = 0; t <= days; t++) {
      for (; j < count && this.slots.startSlot[j] < t; j++) families = Math.max(families, this.familyOf[j] + 1);
      this.incrementsBefore[t] = j;
      this.familiesBefore[t] = families;
    }
    this.saturatesUpTo = new Float64Array(days + 1).fill(Number.POSITIVE_INFINITY);
    if (withEvents) this.findSaturatedDays();
  }

  /**
   * Fills saturatesUpTo from the least pressure any draw can have: x is linear in the family factors,
   * so x(t) ≥ the pressure with every family at its lowest factor. A margin of 10⁻⁹ of the largest
   * total impact, far above the rounding of either recursion, keeps a day off when it is that close.
   */
  private findSaturatedDays(): void {
    const { factors, familyFactor, increments, familyOf, pressure, coverage, saturatesUpTo } = this;
    let largest = 0;
    for (let j = 0; j < increments.length; j++) {
      const f = familyOf[j];
      largest += increments[j] * Math.max(factors[3 * f], factors[3 * f + 1], factors[3 * f + 2]);
    }
    const margin = 1e-9 * largest;
    for (let f = 0; f < familyFactor.length; f++) familyFactor[f] = Math.min(factors[3 * f], factors[3 * f + 1], factors[3 * f + 2]);
    this.pressureDays = pressure.length;
    this.runPressure();
    for (let t = pressure.length - 1; t >= 0; t--) {
      const k = coverage[t] === 1 ? (pressure[t] - margin) / SATURATED : Number.POSITIVE_INFINITY;
      saturatesUpTo[t] = Math.min(k, saturatesUpTo[t + 1]);
    }
    for (let f = 0; f < familyFactor.length; f++) familyFactor[f] = factors[3 * f + SHIFT_NONE];
  }

  /**
   * Sets the saturation constant k of the next draw (before {@link shiftSeverities} and {@link draw}),
   * and with it the days whose pressure the draw needs: up to the first day from which every covered
   * day saturates with this k whatever the shifts.
   */
  setSaturation(k: number): void {
    this.k = k;
    const upTo = this.saturatesUpTo;
    let lo = 0;
    let hi = upTo.length - 1; // upTo[last] = +∞ ≥ k
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (upTo[mid] >= k) hi = mid;
      else lo = mid + 1;
    }
    this.pressureDays = Math.min(lo, this.pressure.length);
  }

  /**
   * Shifts every family's severity for the next draw (its increments scale by p(σ′)/p(σ)), family by
   * family from one 32-bit number of `rng` each. With `log`, also appends each family's shift (−1, 0, +1).
   */
  shiftSeverities(rng: SeededRandom, shifts: SeverityShifts, log: number[] | null): void {
    const { uniforms, familyFactor, factors } = this;
    rng.fillUint32(uniforms, uniforms.length);
    // the families of the increments the draw's pressure needs (all of them to log the shifts)
    const needed = log === null ? this.familiesBefore[this.pressureDays] : uniforms.length;
    for (let f = 0; f < needed; f++) {
      const choice = shifts.choice(uniforms[f]);
      familyFactor[f] = factors[3 * f + choice];
      if (log !== null) log.push(choice === SHIFT_DOWN ? -1 : choice === SHIFT_UP ? 1 : 0);
    }
  }

  /**
   * Scores this draw on the covered days: s = F + (100 − F)(1 − e^(−x/k)), moved by u·spread on
   * stale days and clipped to [0, 100], into {@link scores}.
   */
  draw(u: number): void {
    const { runs, floor, spread, pressure, scores } = this;
    const fixed = this.fixedScore;
    if (fixed === null) {
      this.runPressure();
      pressure.fill(Number.POSITIVE_INFINITY, this.pressureDays); // saturated: 1 − e^(−∞) = 1
    }
    const inv = 1 / this.k;
    for (let r = 0; r < runs.length; r += 3) {
      const from = runs[r];
      const to = runs[r + 1];
      const stale = runs[r + 2] === 1;
      if (fixed !== null) {
        if (stale) for (let t = from; t < to; t++) scores[t] = shifted(fixed[t], u * spread[t]);
        else for (let t = from; t < to; t++) scores[t] = fixed[t];
      } else if (stale) {
        for (let t = from; t < to; t++) {
          const f = floor[t];
          scores[t] = shifted(f + (100 - f) * saturation(pressure[t] * inv), u * spread[t]);
        }
      } else {
        for (let t = from; t < to; t++) {
          const f = floor[t];
          scores[t] = f + (100 - f) * saturation(pressure[t] * inv);
        }
      }
    }
  }

  /** Raises max[t] to the score of the last {@link draw} on each covered day t. */
  maxInto(max: Float64Array): void {
    const { runs, scores } = this;
    for (let r = 0; r < runs.length; r += 3) {
      for (let t = runs[r], to = runs[r + 1]; t < to; t++) if (scores[t] > max[t]) max[t] = scores[t];
    }
  }

  /** Writes ln(s + ε) of the last {@link draw} on the covered days to `out` (the terms of a geometric mean). */
  logsInto(offset: number, out: Float64Array): void {
    const { runs, scores } = this;
    for (let r = 0; r < runs.length; r += 3) for (let t = runs[r], to = runs[r + 1]; t < to; t++) out[t] = Math.log(scores[t] + offset);
  }

  /** x(t) for the draw's pressure days from the current family factors (decayingPressure's recursion). */
  private runPressure(): void {
    const { increments, familyOf, familyFactor, slots, pressure, dayRatio } = this;
    const { starts, endings } = slots;
    const days = this.pressureDays;
    slots.reset();
    for (let j = 0, count = this.incrementsBefore[days]; j < count; j++) slots.add(j, increments[j] * familyFactor[familyOf[j]], days);
    let held = slots.held;
    let decayed = slots.decayed;
    for (let i = 0; i < days; i++) {
      const ending = endings[i];
      if (i > 0) decayed = (decayed + ending) * dayRatio[i];
      held += starts[i] - ending;
      starts[i] = 0;
      endings[i] = 0;
      const x = held + decayed;
      pressure[i] = x > 0 ? x : 0; // rounding in `held` must not leave a tiny negative pressure
    }
  }
}

/** g = 1 − e^(−y), y = x/k ≥ 0. */
function saturation(y: number): number {
  return y < SATURATED ? 1 - expNegative(y) : 1;
}

/** A stale day's score moved within its staleness spread, clipped to [0, 100]. */
function shifted(v: number, shift: number): number {
  const s = v + shift;
  return s < 0 ? 0 : s > 100 ? 100 : s;
}

/** The covered days as runs [from, to, stale]: stale 1 on stale days, 0 on fresh days. */
function freshnessRuns(scored: IndicatorSeriesV2, coverage: Uint8Array): Int32Array {
  const runs: number[] = [];
  const days = coverage.length;
  const staleOn = (t: number) => (scored.freshness[t] === FRESH ? 0 : 1);
  for (let t = 0; t < days; ) {
    if (coverage[t] === 0) {
      t++;
      continue;
    }
    const stale = staleOn(t);
    let end = t + 1;
    while (end < days && coverage[end] === 1 && staleOn(end) === stale) end++;
    runs.push(t, end, stale);
    t = end;
  }
  return Int32Array.from(runs);
}
