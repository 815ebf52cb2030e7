import { compileEvents } from '../methods/compile-evidence';
import { SeverityPerturbation } from './severity-perturbation';
import { SeededRandom } from './seeded-random';

const table = [1, 2, 4, 8, 16] as const;
const events = compileEvents(
  'k',
  [1, 3, 5].map((severity, id) => ({ id, indicatorKey: 'k', date: '2022-01-01', severity })),
);

function tally(q: number, draws = 30000): Map<number, number>[] {
  const perturbation = new SeverityPerturbation(events, table, q);
  const rng = new SeededRandom(9);
  const out = new Float64Array(3);
  const counts = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  for (let d = 0; d < draws; d++) {
    perturbation.draw(rng, out);
    out.forEach((p, e) => counts[e].set(p, (counts[e].get(p) ?? 0) + 1 / draws));
  }
  return counts;
}

describe('SeverityPerturbation', () => {
  it('leaves impacts unchanged when q = 0', () => {
    const [s1, s3, s5] = tally(0, 100);
    expect([[...s1.keys()], [...s3.keys()], [...s5.keys()]]).toEqual([[1], [4], [16]]);
  });

  it('moves a severity down or up by one with probability q/2 each, clamped to 1..5', () => {
    const [s1, s3, s5] = tally(2 / 3);
    // severity 3: p(2) = 2, p(3) = 4, p(4) = 8, each ⅓
    for (const impact of [2, 4, 8]) expect(s3.get(impact)).toBeCloseTo(1 / 3, 1);
    // severity 1 cannot go down: stays (⅓ + ⅓ clamped) or goes up
    expect(s1.get(1)).toBeCloseTo(2 / 3, 1);
    expect(s1.get(2)).toBeCloseTo(1 / 3, 1);
    // severity 5 cannot go up
    expect(s5.get(16)).toBeCloseTo(2 / 3, 1);
    expect([...s5.keys()].sort((a, b) => a - b)).toEqual([8, 16]);
  });

  it('always moves when q = 1', () => {
    const [, s3] = tally(1);
    expect(s3.has(4)).toBe(false);
    expect(s3.get(2)).toBeCloseTo(0.5, 1);
  });
});
