import { ScoringParameterError } from '../errors';
import { SeededRandom, sampleDirichlet, sampleGamma, standardNormal } from './seeded-random';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => mean(xs.map((x) => (x - mean(xs)) ** 2));

describe('SeededRandom (xoshiro128**)', () => {
  it('matches the reference implementation from state [1, 2, 3, 4]', () => {
    // first output: rotl(2·5, 7)·9 = 1280·9 = 11520; then the values of the reference C code
    const rng = SeededRandom.fromState([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('fills an array with the same numbers as successive nextUint32 calls, and continues the stream', () => {
    const one = new SeededRandom(99);
    const bulk = new SeededRandom(99);
    const filled = new Uint32Array(1000);
    bulk.fillUint32(filled, 999);
    expect(Array.from(filled.subarray(0, 999))).toEqual(Array.from({ length: 999 }, () => one.nextUint32()));
    expect(filled[999]).toBe(0);
    expect(bulk.nextUint32()).toBe(one.nextUint32());
  });

  it('repeats with the same seed and differs with another', () => {
    const draw = (seed: number) => {
      const rng = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => rng.nextFloat());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniforms in [0, 1) and (0, 1) with mean ½ and variance 1/12', () => {
    const rng = new SeededRandom(1);
    const xs = Array.from({ length: 20000 }, () => rng.nextFloat());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(variance(xs)).toBeCloseTo(1 / 12, 2);
    expect(rng.nextOpenFloat()).toBeGreaterThan(0);
  });

  it('rejects a non-integer seed', () => {
    expect(() => new SeededRandom(1.5)).toThrow(ScoringParameterError);
    expect(() => new SeededRandom(Number.NaN)).toThrow('"seed"');
  });
});

describe('sampling', () => {
  it('draws standard normals with mean 0 and variance 1', () => {
    const rng = new SeededRandom(2);
    const xs = Array.from({ length: 20000 }, () => standardNormal(rng));
    expect(Math.abs(mean(xs))).toBeLessThan(0.03);
    expect(variance(xs)).toBeCloseTo(1, 1);
  });

  it.each([0.3, 1, 2.5, 40])('draws Gamma(%d) with mean and variance equal to the shape', (shape) => {
    const rng = new SeededRandom(3);
    const xs = Array.from({ length: 20000 }, () => sampleGamma(rng, shape));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(mean(xs) / shape).toBeCloseTo(1, 1);
    expect(variance(xs) / shape).toBeCloseTo(1, 0);
  });

  it('draws Dirichlet vectors that sum to 1 with mean α/Σα, zero where α = 0', () => {
    const rng = new SeededRandom(4);
    const alphas = [60, 30, 10, 0];
    const samples = Array.from({ length: 5000 }, () => Array.from(sampleDirichlet(rng, alphas)));
    for (const s of samples.slice(0, 50)) expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(mean(samples.map((s) => s[0]))).toBeCloseTo(0.6, 2);
    expect(mean(samples.map((s) => s[2]))).toBeCloseTo(0.1, 2);
    expect(samples.every((s) => s[3] === 0)).toBe(true);
    // Var(X_1) = a(1 − a)/(Σα + 1) = 0.6·0.4/101 = 0.002376
    expect(variance(samples.map((s) => s[0]))).toBeCloseTo(0.00238, 3);
  });
});
