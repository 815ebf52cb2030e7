import { ScoringParameterError } from '../errors';

/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna, 2018), 128-bit state, period 2^128 − 1,
 * state filled from a 32-bit seed by splitmix32. Same seed, same sequence, in Node and in the browser.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * @param seed any integer (taken modulo 2^32)
   * @throws ScoringParameterError (`seed`) when it is not an integer
   */
  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new ScoringParameterError('seed', 'must be an integer', seed);
    let a = seed | 0;
    const splitmix32 = (): number => {
      a = (a + 0x9e3779b9) | 0;
      let t = a ^ (a >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      return (t ^ (t >>> 15)) | 0;
    };
    this.s0 = splitmix32();
    this.s1 = splitmix32();
    this.s2 = splitmix32();
    this.s3 = splitmix32();
  }

  /** A generator with the exact xoshiro128** state given (not all zero) — for reference-vector tests. */
  static fromState(state: readonly [number, number, number, number]): SeededRandom {
    const rng = new SeededRandom(0);
    [rng.s0, rng.s1, rng.s2, rng.s3] = state.map((s) => s | 0);
    return rng;
  }

  /** Next 32-bit output as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Writes the next `count` outputs of {@link nextUint32} to `out` (the same stream, faster for long runs). */
  fillUint32(out: Uint32Array, count: number): void {
    let { s0, s1, s2, s3 } = this;
    for (let i = 0; i < count; i++) {
      out[i] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** Uniform in [0, 1), 32-bit resolution. */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in (0, 1): never 0, safe for logarithms and powers. */
  nextOpenFloat(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Standard normal N(0, 1) by the Marsaglia polar method: draw (u, v) uniform in the unit disc,
 * q = u² + v², return u·√(−2 ln q / q). The second normal of the pair is discarded so each call
 * consumes the stream independently of earlier calls.
 */
export function standardNormal(rng: SeededRandom): number {
  for (;;) {
    const u = 2 * rng.nextFloat() - 1;
    const v = 2 * rng.nextFloat() - 1;
    const q = u * u + v * v;
    if (q > 0 && q < 1) return u * Math.sqrt((-2 * Math.log(q)) / q);
  }
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000). For shape a ≥ 1, with d = a − 1/3 and c = 1/√(9d):
 * draw x ~ N(0, 1), v = (1 + c·x)³ (retry while 1 + c·x ≤ 0), u ~ U(0, 1); accept d·v when
 * u < 1 − 0.0331·x⁴ or ln u < x²/2 + d·(1 − v + ln v). For a < 1: Gamma(a + 1) · u^(1/a).
 * @param shape a > 0
 */
export function sampleGamma(rng: SeededRandom, shape: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1) * Math.pow(rng.nextOpenFloat(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpenFloat();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Dirichlet(α) via Gamma samples: g_i ~ Gamma(α_i), result g_i / Σ g. Components with α_i = 0 are 0.
 * Mean α_i / Σα; the larger Σα, the tighter around it.
 * @param alphas α_i ≥ 0 with a positive sum
 * @param out    receives the sample (sums to 1)
 */
export function sampleDirichlet(
  rng: SeededRandom,
  alphas: ArrayLike<number>,
  out: Float64Array = new Float64Array(alphas.length),
): Float64Array {
  let sum = 0;
  for (let i = 0; i < alphas.length; i++) sum += out[i] = alphas[i] > 0 ? sampleGamma(rng, alphas[i]) : 0;
  if (sum > 0) {
    for (let i = 0; i < alphas.length; i++) out[i] /= sum;
  } else {
    // every gamma underflowed (only possible with tiny α): fall back to the mean
    let total = 0;
    for (let i = 0; i < alphas.length; i++) total += alphas[i];
    for (let i = 0; i < alphas.length; i++) out[i] = alphas[i] / total;
  }
  return out;
}
