import { createClock, fixedClock } from './clock';

describe('clock', () => {
  it('runs at the system time without KEM_NOW', () => {
    const clock = createClock(null, () => Date.parse('2026-12-03T10:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(clock.today()).toBe('2026-12-03');
  });

  it('starts at KEM_NOW and keeps running at the real pace', () => {
    let real = Date.parse('2026-12-03T10:00:00Z');
    const clock = createClock('2028-12-03T23:59:00Z', () => real);
    expect(clock.today()).toBe('2028-12-03');
    real += 120_000;
    expect(clock.now().toISOString()).toBe('2028-12-04T00:01:00.000Z');
    expect(clock.today()).toBe('2028-12-04');
  });

  it('a fixed clock never moves and refuses a non-date', () => {
    const clock = fixedClock('2025-12-05T08:00:00Z');
    expect(clock.today()).toBe('2025-12-05');
    expect(() => fixedClock('soon')).toThrow('not a date');
  });
});
