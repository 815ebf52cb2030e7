import { SeededRandom } from './seeded-random';
import { SeverityShifts, SHIFT_DOWN, SHIFT_NONE, SHIFT_UP } from './severity-shifts';

/** The rule as stated on a uniform r = u/2³² (what nextFloat returns). */
const byFloat = (u: number, q: number) => {
  const r = u / 2 ** 32;
  return r < q / 2 ? SHIFT_DOWN : r < q ? SHIFT_UP : SHIFT_NONE;
};

describe('SeverityShifts', () => {
  it.each([2 / 3, 0.5, 0.1, 0, 1])('chooses as the rule on nextFloat does, around the thresholds too (q = %d)', (q) => {
    const shifts = new SeverityShifts(q);
    const thresholds = [(q / 2) * 2 ** 32, q * 2 ** 32];
    const near = thresholds.flatMap((t) => [-65537, -2, -1, 0, 1, 2, 65536].map((d) => Math.floor(t) + d));
    const rng = new SeededRandom(4);
    const random = Array.from({ length: 20000 }, () => rng.nextUint32());
    for (const u of [0, 2 ** 32 - 1, ...near.filter((u) => u >= 0 && u < 2 ** 32), ...random]) {
      expect(shifts.choice(u)).toBe(byFloat(u, q));
    }
  });

  it('moves about q/2 of the families down and q/2 up', () => {
    const shifts = new SeverityShifts(2 / 3);
    const rng = new SeededRandom(8);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[shifts.choice(rng.nextUint32())]++;
    for (const count of counts) expect(count / 30000).toBeCloseTo(1 / 3, 1);
  });
});
