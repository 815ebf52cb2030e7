import fc from 'fast-check';
import { InvalidDateError } from '../errors';
import {
  addDays,
  dayNumberToMs,
  dayOfInstant,
  daysBefore,
  daysBetween,
  daysInMonth,
  formatDay,
  isIsoDay,
  isoDayOf,
  isoWeek,
  isoWeekday,
  mondayOf,
  parseDay,
  rangeLength,
  startOfDay,
} from './calendar-day';

describe('calendar days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 2000-03-01: 30 years of 365 days + 7 leap days (72, 76, …, 96) + Jan 31 + Feb 29 (2000 is a leap year)
    ['2000-03-01', 30 * 365 + 7 + 31 + 29],
    ['2022-01-05', 18997],
  ])('parses %s to day %i', (iso, day) => {
    expect(parseDay(iso)).toBe(day);
    expect(formatDay(day)).toBe(iso);
  });

  it.each(['2023-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '22-01-05', '2022-1-5', '2022-01-05T00:00:00Z', ''])(
    'rejects %j with InvalidDateError',
    (value) => {
      expect(() => parseDay(value)).toThrow(InvalidDateError);
      expect(isIsoDay(value)).toBe(false);
    },
  );

  it.each([20220105, null, undefined, '05/01/2022'])('does not take %p for a day', (value) => expect(isIsoDay(value)).toBe(false));

  it('knows leap years: 2024 and 2000 yes, 1900 and 2023 no', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2023, 2)]).toEqual([29, 29, 28, 28]);
  });

  it('adds days across month and year ends, and measures ranges inclusively', () => {
    expect(addDays('2021-12-30', 3)).toBe('2022-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2022-01-06', '2022-01-19')).toBe(13);
    expect(rangeLength({ from: '2022-01-06', to: '2022-01-19' })).toBe(14);
    expect(rangeLength({ from: '2022-01-06', to: '2022-01-05' })).toBe(0);
  });

  it('agrees with Date on days and weekdays, and round-trips, for every day 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseDay('1900-01-01'), max: parseDay('2100-12-31') }), (day) => {
        const iso = formatDay(day);
        expect(parseDay(iso)).toBe(day);
        expect(new Date(dayNumberToMs(day)).toISOString().slice(0, 10)).toBe(iso);
        expect(new Date(dayNumberToMs(day)).getUTCDay() || 7).toBe(isoWeekday(iso));
      }),
    );
  });

  it('builds a day from its parts only when it exists', () => {
    expect(isoDayOf(2024, 2, 29)).toBe('2024-02-29');
    expect([isoDayOf(2023, 2, 29), isoDayOf(2026, 13, 1), isoDayOf(2026, 4, 0), isoDayOf(2026, 1.5, 1)]).toEqual([null, null, null, null]);
  });

  it('numbers weeks as ISO 8601 does, across year ends', () => {
    expect(isoWeekday('2026-11-24')).toBe(2); // a Tuesday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(isoWeek('2026-11-24')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
  });

  it('turns instants into UTC days and back', () => {
    expect(startOfDay('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(dayOfInstant(new Date('2026-11-24T23:59:59.999Z'))).toBe('2026-11-24');
    expect(dayOfInstant(-1)).toBe('1969-12-31');
    expect(daysBefore(new Date('2026-03-01T12:00:00Z'), 2).toISOString()).toBe('2026-02-27T12:00:00.000Z');
  });
});
