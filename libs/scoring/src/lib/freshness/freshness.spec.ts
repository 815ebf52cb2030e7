import { CALENDAR_CLOCK } from '../methods/decaying-pressure';
import { FRESH, freshDecayClock, freshnessSeries, prepareFreshness } from './freshness';

describe('freshDecayClock', () => {
  // interval 10: touches on days 0, 5 and 40 → fresh 0 … 15 and 40 … 50
  const prepared = prepareFreshness(10, [40, 0, 5, 5]);
  const clock = freshDecayClock(prepared);

  it('counts decay on exactly the fresh days of freshnessSeries', () => {
    const fromDay = -5;
    const days = 70;
    const marks = new Uint8Array(days);
    clock.markDecayDays(fromDay, days, marks);
    const state = freshnessSeries(prepared, fromDay, days).state;
    expect(Array.from(marks)).toEqual(Array.from(state, (s) => (s === FRESH ? 1 : 0)));
    for (let t = 1; t < days; t++) expect(clock.daysBetween(fromDay + t - 1, fromDay + t)).toBe(marks[t]);
  });

  it('counts fresh days between two days, none while stale or before any touch', () => {
    expect(clock.daysBetween(3, 12)).toBe(9);
    expect(clock.daysBetween(12, 45)).toBe(3 + 6); // 13 … 15, then 40 … 45
    expect(clock.daysBetween(20, 35)).toBe(0);
    expect(clock.daysBetween(-30, -1)).toBe(0);
  });

  it('is the calendar without an interval', () => {
    expect(freshDecayClock(prepareFreshness(undefined, [3]))).toBe(CALENDAR_CLOCK);
  });
});
