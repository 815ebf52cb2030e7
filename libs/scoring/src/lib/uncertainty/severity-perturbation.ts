import type { CompiledEvents } from '../methods/compile-evidence';
import type { SeverityImpactTable } from '../model/indicator';
import type { SeededRandom } from './seeded-random';

/**
 * ±1 severity perturbation: each event's severity moves one level down with probability q/2, one
 * level up with probability q/2, and stays otherwise (clamped to 1..5); the event's impact is then
 * p(σ′). q = `shiftProbability` (2/3 by default: the shift is uniform on {−1, 0, +1}).
 *
 * Each event uses 16 random bits (two events per 32-bit draw), so the probabilities are resolved to
 * 1/65536; the choice is branch-free over precomputed (down, up, unchanged) impacts, because
 * unpredictable branches made this the slowest step of a draw.
 */
export class SeverityPerturbation {
  /** Per event e: choices[3e] = p(σ−1), choices[3e+1] = p(σ+1), choices[3e+2] = p(σ) (clamped). */
  private readonly choices: Float64Array;
  private readonly downBelow: number;
  private readonly upBelow: number;

  /**
   * @param events           compiled events (their severities are read, not changed)
   * @param table            p(σ) for σ = 1..5
   * @param shiftProbability q in [0, 1]
   */
  constructor(
    private readonly events: CompiledEvents,
    table: SeverityImpactTable,
    shiftProbability: number,
  ) {
    const impact = (s: number) => table[Math.min(5, Math.max(1, s)) - 1];
    this.choices = new Float64Array(3 * events.count);
    for (let e = 0; e < events.count; e++) {
      const s = events.severity[e];
      this.choices[3 * e] = impact(s - 1);
      this.choices[3 * e + 1] = impact(s + 1);
      this.choices[3 * e + 2] = impact(s);
    }
    this.downBelow = Math.round(65536 * (shiftProbability / 2));
    this.upBelow = Math.round(65536 * shiftProbability);
  }

  /** Writes p(σ′_e) for every event to `out` (u < q/2: down; u < q: up; else unchanged). */
  draw(rng: SeededRandom, out: Float64Array): Float64Array {
    const { choices, downBelow, upBelow } = this;
    const count = this.events.count;
    let bits = 0;
    for (let e = 0; e < count; e++) {
      let u: number;
      if ((e & 1) === 0) {
        bits = rng.nextUint32();
        u = bits & 0xffff;
      } else {
        u = bits >>> 16;
      }
      // (t − 1 − u) >>> 31 is 1 exactly when u ≥ t (all values < 2^17): 0 = down, 1 = up, 2 = unchanged
      const choice = ((downBelow - 1 - u) >>> 31) + ((upBelow - 1 - u) >>> 31);
      out[e] = choices[3 * e + choice];
    }
    return out;
  }
}
