import { dayToTime, formatDay, formatPeriod, formatShare, formatSigned } from './format';

describe('formatting', () => {
  it('writes days, weeks and months for people', () => {
    expect(formatDay('2026-11-04')).toBe('4 Nov 2026');
    expect(formatDay('2026-11-04', true)).toBe('4 November 2026');
    expect(formatPeriod('2026-11-08', 'week')).toBe('Week to 8 Nov 2026');
    expect(formatPeriod('2026-11-30', 'month')).toBe('November 2026');
  });

  it('signs changes with a true minus and never shows −0.0', () => {
    expect(formatSigned(3.24)).toBe('+3.2');
    expect(formatSigned(-0.66)).toBe('−0.7');
    expect(formatSigned(-0.04)).toBe('0.0');
    expect(formatSigned(0.004, 2)).toBe('0.00');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(0.9534)).toBe('95 %');
    expect(formatShare(0.0288)).toBe('2.9 %');
    expect(formatShare(0.0000518)).toBe('<0.1 %');
    expect(formatShare(null)).toBe('–');
  });

  it('puts a day at local midnight for chart.js time axes', () => {
    const d = new Date(dayToTime('2022-01-06'));
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 0, 6, 0]);
  });
});
