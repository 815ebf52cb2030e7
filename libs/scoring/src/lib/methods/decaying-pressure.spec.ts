import fc from 'fast-check';
import { freshDecayClock, prepareFreshness } from '../freshness/freshness';
import { CALENDAR_CLOCK, decayingPressure, eventPressureAt, saturationScore } from './decaying-pressure';
import { expNegative } from './exp-negative';

describe('expNegative', () => {
  it('matches Math.exp(−y) to 1e-13 relative over the table and beyond', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), (y) => {
        expect(Math.abs(expNegative(y) - Math.exp(-y))).toBeLessThanOrEqual(1e-13 * Math.exp(-y));
      }),
    );
    expect(expNegative(0)).toBe(1);
    expect(expNegative(Infinity)).toBe(0);
    expect(expNegative(Number.NaN)).toBeNaN();
  });
});

describe('saturationScore', () => {
  it('is 100·(1 − e^(−x/k))', () => {
    // x = k → 100·(1 − 1/e) = 63.21; x = 2.5, k = 10 → 100·(1 − e^(−0.25)) = 22.12
    expect(saturationScore(10, 10)).toBeCloseTo(63.21, 2);
    expect(saturationScore(2.5, 10)).toBeCloseTo(22.12, 2);
    expect(saturationScore(0, 10)).toBe(0);
  });
});

describe('eventPressureAt', () => {
  it('holds full impact while ongoing, then halves every h days', () => {
    // start 0, end 10, p = 8, h = 30
    expect(eventPressureAt(0, 10, 8, 30, -1)).toBe(0); // not started
    expect(eventPressureAt(0, 10, 8, 30, 5)).toBe(8); // ongoing: held
    expect(eventPressureAt(0, 10, 8, 30, 40)).toBeCloseTo(4, 12); // 30 days after end: 8·2^-1
    expect(eventPressureAt(0, 10, 8, 30, 70)).toBeCloseTo(2, 12); // 60 days after end: 8·2^-2
  });
});

describe('decayingPressure', () => {
  it('computes the worked example: held, decaying, and an event that began before the range', () => {
    // day numbers relative to an arbitrary origin; h = 30
    // event A: days 0–9, p = 10 (held through day 9, 2^(−1/30) per day after)
    // event B: day −50 only, p = 4: at day 0 it is 50 days old → 4·2^(−50/30) = 1.2599
    const events = { count: 2, start: Int32Array.from([-50, 0]), end: Int32Array.from([-50, 9]) };
    const x = decayingPressure(events, Float64Array.from([4, 10]), 30, 0, 100);
    const b = (day: number) => 4 * 2 ** (-(day + 50) / 30);
    expect(x[0]).toBeCloseTo(10 + b(0), 12); // 11.2599
    expect(x[9]).toBeCloseTo(10 + b(9), 12); // A still held
    expect(x[39]).toBeCloseTo(10 * 0.5 + b(39), 12); // A 30 days after its end: 5
    expect(x[69]).toBeCloseTo(10 * 0.25 + b(69), 12); // 60 days after end: 2.5
  });

  it('equals the direct sum Σ p·2^(−max(0, τ(t) − τ(end))/h) for random events, ranges and fresh-day clocks', () => {
    const eventArb = fc.record({
      start: fc.integer({ min: -400, max: 400 }),
      length: fc.integer({ min: 0, max: 60 }),
      p: fc.double({ min: 0, max: 16, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.option(
          fc.record({
            interval: fc.integer({ min: 0, max: 60 }),
            touches: fc.array(fc.integer({ min: -500, max: 400 }), { maxLength: 20 }),
          }),
        ),
        (raw, fromDay, days, h, monitoring) => {
          const clock = monitoring === null ? CALENDAR_CLOCK : freshDecayClock(prepareFreshness(monitoring.interval, monitoring.touches));
          const sorted = [...raw].sort((a, b) => a.start - b.start);
          const events = {
            count: sorted.length,
            start: Int32Array.from(sorted, (e) => e.start),
            end: Int32Array.from(sorted, (e) => e.start + e.length),
          };
          const x = decayingPressure(
            events,
            Float64Array.from(sorted, (e) => e.p),
            h,
            fromDay,
            days,
            undefined,
            undefined,
            clock,
          );
          for (let i = 0; i < days; i += 7) {
            const direct = sorted.reduce((sum, e) => sum + eventPressureAt(e.start, e.start + e.length, e.p, h, fromDay + i, clock), 0);
            expect(Math.abs(x[i] - direct)).toBeLessThanOrEqual(1e-9 * Math.max(1, direct));
          }
        },
      ),
    );
  });
});
