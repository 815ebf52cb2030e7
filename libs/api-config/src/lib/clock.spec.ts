import { createClock, fixedClock } from './clock';

describe('clock', () => {
  it('runs at the system time without KEM_NOW', () => {
    const clock = createClock(null, () => Date.parse('2026-12-03T10:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(clock.today()).toBe('2026-12-03');
  });

  it('reads KEM_NOW at the process start and keeps running at the real pace', () => {
    const processStart = Date.parse('2026-12-03T09:59:00Z');
    let real = Date.parse('2026-12-03T10:00:00Z');
    const clock = createClock('2028-12-03T23:58:00Z', () => real, processStart);
    expect(clock.now().toISOString()).toBe('2028-12-03T23:59:00.000Z');
    expect(clock.today()).toBe('2028-12-03');
    real += 120_000;
    expect(clock.now().toISOString()).toBe('2028-12-04T00:01:00.000Z');
    expect(clock.today()).toBe('2028-12-04');
  });

  it('gives every clock of one process the same time, whenever it was made', () => {
    let real = 1_000_000;
    const first = createClock('2025-12-05', () => real, 0);
    real += 45_000;
    const second = createClock('2025-12-05', () => real, 0);
    expect(second.now().getTime()).toBe(first.now().getTime());
  });

  it('a fixed clock never moves and refuses a non-date', () => {
    const clock = fixedClock('2025-12-05T08:00:00Z');
    expect(clock.today()).toBe('2025-12-05');
    expect(() => fixedClock('soon')).toThrow('not a date');
  });
});
