/** A family's severity shift in a method-2 draw: one level down, one up, or unchanged. */
export const SHIFT_DOWN = 0;
export const SHIFT_UP = 1;
export const SHIFT_NONE = 2;
const STRADDLES = 3;

/**
 * The ±1 severity shift of the method-2 Monte Carlo, from one 32-bit random number u per family:
 * with r = u/2³² (SeededRandom.nextFloat), down when r < q/2, up when q/2 ≤ r < q, else unchanged.
 * r < t ⟺ u < t·2³² exactly, so the choice is made on u: by its top 16 bits from a table, and only
 * when those bits straddle a threshold (2 in 65,536) by u itself. The choice is unpredictable, and
 * branching on it made this the slowest step of a draw.
 */
export class SeverityShifts {
  private readonly downBelow: number;
  private readonly upBelow: number;
  /** Choice by the top 16 bits of u (STRADDLES where they do not decide it). */
  private readonly byTopBits = new Uint8Array(1 << 16);

  /** @param shiftProbability q in [0, 1] */
  constructor(shiftProbability: number) {
    this.downBelow = (shiftProbability / 2) * 2 ** 32;
    this.upBelow = shiftProbability * 2 ** 32;
    for (let top = 0; top < 1 << 16; top++) {
      const first = this.exact(top * 2 ** 16);
      this.byTopBits[top] = first === this.exact(top * 2 ** 16 + 0xffff) ? first : STRADDLES;
    }
  }

  /** SHIFT_DOWN, SHIFT_UP or SHIFT_NONE for the 32-bit random number u. */
  choice(u: number): number {
    const byTop = this.byTopBits[u >>> 16];
    return byTop === STRADDLES ? this.exact(u) : byTop;
  }

  private exact(u: number): number {
    return u < this.downBelow ? SHIFT_DOWN : u < this.upBelow ? SHIFT_UP : SHIFT_NONE;
  }
}
