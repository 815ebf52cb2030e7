import fc from 'fast-check';
import { InvalidDateError } from '../errors';
import { addDays, daysBetween, daysInMonth, formatDay, isIsoDay, parseDay, rangeLength } from './calendar-day';

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

  it('agrees with Date.UTC and round-trips for every day 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseDay('1900-01-01'), max: parseDay('2100-12-31') }), (day) => {
        const iso = formatDay(day);
        expect(parseDay(iso)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
});
