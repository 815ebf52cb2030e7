import { formatDateTime, formatDay, methodLabel, signed } from './format';

describe('admin formatting', () => {
  it('shows instants in UTC and days without a time', () => {
    expect(formatDateTime('2026-11-24T11:42:05.000Z')).toBe('24 Nov 2026, 11:42 UTC');
    expect(formatDateTime(null)).toBe('–');
    expect(formatDay('2022-03-22')).toBe('22 Mar 2022');
    expect(formatDay(Date.UTC(2022, 0, 6))).toBe('6 Jan 2022');
  });

  it('signs changes with a real minus and names methods', () => {
    expect(signed(2.46)).toBe('+2.5');
    expect(signed(-1)).toBe('−1.0');
    expect(signed(-0.01)).toBe('0.0');
    expect(methodLabel('geometric')).toBe('Geometric mean');
    expect(methodLabel('arithmetic')).toBe('Weighted mean');
  });
});
