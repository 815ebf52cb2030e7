import { anEvent } from '@kem/dashboard-core/testing';
import { daysInclusive, formatEventDate, groupByYear, severityLabel } from './event-format';

describe('event formatting', () => {
  it('writes a date at the precision it is known', () => {
    expect(formatEventDate('2022-03-22')).toBe('22 March 2022');
    expect(formatEventDate('2022-03-01', 'month')).toBe('March 2022');
    expect(formatEventDate('2021-01-01', 'year')).toBe('2021');
  });

  it('counts both ends of an ongoing period', () => {
    expect(daysInclusive('2022-01-06', '2022-01-19')).toBe(14);
    expect(daysInclusive('2022-02-28', '2022-03-01')).toBe(2);
  });

  it('names severities by the rubric', () => {
    expect([1, 2, 3, 4, 5].map(severityLabel)).toEqual(['Minor', 'Notable', 'Significant', 'Major', 'Extreme']);
  });

  it('groups events under the year they began, keeping their order', () => {
    const groups = groupByYear([
      anEvent({ id: 3, date: '2022-05-01' }),
      anEvent({ id: 2, date: '2022-01-01' }),
      anEvent({ id: 1, date: '2019-12-31' }),
    ]);
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      ['2022', [3, 2]],
      ['2019', [1]],
    ]);
  });
});
