import { InvalidEvidenceError } from '../errors';
import type { EvidenceEvent } from '../model/evidence';
import { thrown } from '../testing/thrown';
import { compileEvents, compileObservations, groupByIndicator } from './compile-evidence';

const event = (patch: Partial<EvidenceEvent>): EvidenceEvent => ({ id: 1, indicatorKey: 'k', date: '2022-01-05', severity: 3, ...patch });

const fieldOf = (fn: () => void) => thrown(InvalidEvidenceError, fn).field;

describe('compileEvents', () => {
  it('sorts by start day, keeping input order on ties, and defaults the end to the start', () => {
    const compiled = compileEvents('k', [
      event({ id: 'b', date: '2022-02-01' }),
      event({ id: 'a', date: '2022-01-01', endDate: '2022-01-10' }),
      event({ id: 'c', date: '2022-02-01' }),
    ]);
    expect(compiled.ids).toEqual(['a', 'b', 'c']);
    expect(Array.from(compiled.end)).toEqual([compiled.start[0] + 9, compiled.start[1], compiled.start[2]]);
  });

  it('sorts the same way when the days lie far apart', () => {
    const compiled = compileEvents('k', [
      event({ id: 'b', date: '9999-12-31' }),
      event({ id: 'a', date: '0001-01-01' }),
      event({ id: 'c', date: '9999-12-31' }),
      event({ id: 'd', date: '2022-01-01' }),
    ]);
    expect(compiled.ids).toEqual(['a', 'd', 'b', 'c']);
    expect(compiled.source.map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it.each([
    ['date', event({ date: '2022-02-30' })],
    ['date', event({ date: '5 Jan 2022' })],
    ['endDate', event({ endDate: '2022-01-04' })],
    ['endDate', event({ endDate: 'soon' })],
    ['severity', event({ severity: 0 })],
    ['severity', event({ severity: 6 })],
    ['severity', event({ severity: 2.5 })],
    ['severity', event({ severity: Number.NaN })],
    ['id', event({ id: '' })],
  ])('rejects an invalid %s', (field, bad) => {
    expect(fieldOf(() => compileEvents('k', [bad]))).toBe(field);
  });

  it('names the event and indicator in the error', () => {
    expect(() => compileEvents('cpc_pipeline', [event({ id: 42, severity: 9 })])).toThrow(
      'Invalid severity of event 42 for indicator "cpc_pipeline": must be an integer 1..5 (got 9)',
    );
  });
});

describe('compileObservations', () => {
  it('sorts by day and lets the last value given for a day win', () => {
    const compiled = compileObservations('k', [
      { indicatorKey: 'k', date: '2023-01-01', value: 20 },
      { indicatorKey: 'k', date: '2022-01-01', value: 25 },
      { indicatorKey: 'k', date: '2023-01-01', value: 19 },
    ]);
    expect(Array.from(compiled.values)).toEqual([25, 19]);
    expect(compiled.days[0]).toBeLessThan(compiled.days[1]);
  });

  it('rejects non-finite values and bad dates', () => {
    expect(fieldOf(() => compileObservations('k', [{ indicatorKey: 'k', date: '2023-01-01', value: Number.NaN }]))).toBe('value');
    expect(fieldOf(() => compileObservations('k', [{ indicatorKey: 'k', date: '2023-01-01', value: Infinity }]))).toBe('value');
    expect(fieldOf(() => compileObservations('k', [{ indicatorKey: 'k', date: '2023-1-1', value: 1 }]))).toBe('date');
  });
});

describe('groupByIndicator', () => {
  it('groups by key and keeps input order', () => {
    const groups = groupByIndicator([
      event({ id: 1, indicatorKey: 'a' }),
      event({ id: 2, indicatorKey: 'b' }),
      event({ id: 3, indicatorKey: 'a' }),
    ]);
    expect(groups.get('a')?.map((e) => e.id)).toEqual([1, 3]);
    expect(groups.get('b')?.map((e) => e.id)).toEqual([2]);
  });
});
