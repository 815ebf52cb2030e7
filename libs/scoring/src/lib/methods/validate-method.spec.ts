import { ScoringParameterError } from '../errors';
import type { IndicatorDefinition, ScoringMethod } from '../model/indicator';
import { thrown } from '../testing/thrown';
import { validateIndicatorDefinition } from './validate-method';

const pressure: ScoringMethod = { kind: 'event_pressure', halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 8, 16] };
const stage: ScoringMethod = {
  kind: 'stage',
  stages: [
    { key: 'proposed', label: 'Proposed', level: 25 },
    { key: 'adopted', label: 'Adopted', level: 70 },
  ],
  enforcement: { halfLifeDays: 90, saturation: 10, impacts: [1, 2, 4, 8, 16] },
};
const metric: ScoringMethod = {
  kind: 'metric',
  normalisation: { kind: 'goalposts', lo: 10, hi: 40 },
  direction: 'higher_is_riskier',
  unit: '%',
};

function definition(method: unknown, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition {
  return {
    key: 'x',
    name: 'X',
    category: 'security',
    description: 'Test indicator.',
    method: method as ScoringMethod,
    defaultWeight: 10,
    ...extra,
  };
}

function parameterOf(fn: () => void): string {
  const error = thrown(ScoringParameterError, fn);
  expect(error.indicatorKey).toBe('x');
  return error.parameter;
}

describe('validateIndicatorDefinition', () => {
  it('accepts valid definitions of every method', () => {
    for (const method of [pressure, stage, metric]) expect(() => validateIndicatorDefinition(definition(method))).not.toThrow();
  });

  it.each([
    ['halfLifeDays', { ...pressure, halfLifeDays: 0 }],
    ['halfLifeDays', { ...pressure, halfLifeDays: -30 }],
    ['halfLifeDays', { ...pressure, halfLifeDays: Number.NaN }],
    ['halfLifeDays', { ...pressure, halfLifeDays: Infinity }],
    ['saturation', { ...pressure, saturation: 0 }],
    ['saturation', { ...pressure, saturation: Number.NaN }],
    ['impacts', { ...pressure, impacts: [1, 2, 3] }],
    ['impacts[2]', { ...pressure, impacts: [1, 2, Number.NaN, 8, 16] }],
    ['impacts[0]', { ...pressure, impacts: [-1, 2, 4, 8, 16] }],
    ['impacts[3]', { ...pressure, impacts: [1, 2, 4, 3, 16] }],
    ['stages', { ...stage, stages: [] }],
    ['stages[1].key', { ...stage, stages: [stage.stages[0], { ...stage.stages[0], level: 30 }] }],
    ['stages[0].level', { ...stage, stages: [{ key: 'a', label: 'A', level: 101 }] }],
    ['stages[0].level', { ...stage, stages: [{ key: 'a', label: 'A', level: Number.NaN }] }],
    ['enforcement.halfLifeDays', { ...stage, enforcement: { ...stage.enforcement, halfLifeDays: 0 } }],
    ['enforcement.saturation', { ...stage, enforcement: { ...stage.enforcement, saturation: -1 } }],
    ['normalisation.lo', { ...metric, normalisation: { kind: 'goalposts', lo: 40, hi: 40 } }],
    ['normalisation.lo', { ...metric, normalisation: { kind: 'goalposts', lo: 50, hi: 40 } }],
    ['normalisation.lo', { ...metric, normalisation: { kind: 'goalposts', lo: Number.NaN, hi: 40 } }],
    ['normalisation.hi', { ...metric, normalisation: { kind: 'goalposts', lo: 10, hi: Number.NaN } }],
    ['normalisation.minObservations', { ...metric, normalisation: { kind: 'percentile', minObservations: 0 } }],
    ['normalisation.minObservations', { ...metric, normalisation: { kind: 'percentile', minObservations: 1.5 } }],
    ['normalisation.kind', { ...metric, normalisation: { kind: 'zscore' } }],
    ['direction', { ...metric, direction: 'up' }],
    ['method.kind', { kind: 'regression' }],
  ])('names %s when it is invalid', (parameter, method) => {
    expect(parameterOf(() => validateIndicatorDefinition(definition(method)))).toBe(parameter);
  });

  it('rejects a negative or NaN default weight', () => {
    expect(parameterOf(() => validateIndicatorDefinition(definition(pressure, { defaultWeight: -1 })))).toBe('defaultWeight');
    expect(parameterOf(() => validateIndicatorDefinition(definition(pressure, { defaultWeight: Number.NaN })))).toBe('defaultWeight');
  });

  it('puts parameter, value and indicator in the message', () => {
    expect(() => validateIndicatorDefinition(definition({ ...pressure, halfLifeDays: 0 }))).toThrow(
      'Invalid parameter "halfLifeDays" of indicator "x": must be a finite number > 0 (got 0)',
    );
  });
});
