import { autoInterval, DEFAULT_RANGE, describeRange, parseRange, rangeDays, rangeQueryParams } from './range';

describe('chart ranges', () => {
  it('reads presets and custom days from query parameters, falling back to the default', () => {
    expect(parseRange({ range: '3y' })).toEqual({ kind: 'preset', preset: '3y' });
    expect(parseRange({ range: 'all' })).toEqual({ kind: 'preset', preset: 'all' });
    expect(parseRange({ from: '2022-01-01', to: '2022-12-31', range: '1y' })).toEqual({
      kind: 'custom',
      from: '2022-01-01',
      to: '2022-12-31',
    });
    expect(parseRange({ from: '2022-12-31', to: '2022-01-01' })).toEqual(DEFAULT_RANGE);
    expect(parseRange({ from: '2022-02-30', to: '2022-03-01' })).toEqual(DEFAULT_RANGE);
    expect(parseRange({ range: '7y' })).toEqual(DEFAULT_RANGE);
    expect(parseRange({}, { kind: 'preset', preset: 'all' })).toEqual({ kind: 'preset', preset: 'all' });
  });

  it('writes the default range as a clean URL and custom ranges as from/to', () => {
    expect(rangeQueryParams(DEFAULT_RANGE)).toEqual({ range: null, from: null, to: null });
    expect(rangeQueryParams({ kind: 'preset', preset: '3y' })).toEqual({ range: '3y', from: null, to: null });
    expect(rangeQueryParams({ kind: 'preset', preset: 'all' }, { kind: 'preset', preset: 'all' })).toEqual({
      range: null,
      from: null,
      to: null,
    });
    expect(rangeQueryParams({ kind: 'custom', from: '2022-01-01', to: '2022-06-30' })).toEqual({
      range: null,
      from: '2022-01-01',
      to: '2022-06-30',
    });
  });

  it('resolves presets to days ending today, never before the history starts', () => {
    expect(rangeDays({ kind: 'preset', preset: '1y' }, '2026-11-24')).toEqual({ from: '2025-11-25', to: undefined });
    expect(rangeDays({ kind: 'preset', preset: '5y' }, '2026-11-24')).toEqual({ from: '2021-11-25', to: undefined });
    expect(rangeDays({ kind: 'preset', preset: 'all' }, '2026-11-24')).toEqual({ from: '2014-01-01', to: undefined });
    expect(rangeDays({ kind: 'preset', preset: '5y' }, '2016-06-01')).toEqual({ from: '2014-01-01', to: undefined });
    expect(rangeDays({ kind: 'custom', from: '2010-01-01', to: '2015-01-01' }, '2026-11-24')).toEqual({
      from: '2014-01-01',
      to: '2015-01-01',
    });
  });

  it('picks daily values up to 3 years, weekly up to 5, monthly beyond', () => {
    expect(autoInterval('2023-11-25', '2026-11-24')).toBe('day');
    expect(autoInterval('2021-11-25', '2026-11-24')).toBe('week');
    expect(autoInterval('2014-01-01', '2026-11-24')).toBe('month');
  });

  it('describes a range in words', () => {
    expect(describeRange({ kind: 'preset', preset: '3y' })).toBe('the last 3 years');
    expect(describeRange({ kind: 'custom', from: '2022-01-01', to: '2022-03-01' })).toBe('2022-01-01 to 2022-03-01');
  });
});
