import { computeIndex } from '../composite/composite-index';
import { ScoringParameterError } from '../errors';
import { prepareEvidence, scorePrepared } from '../methods/score-indicators';
import type { Evidence } from '../model/evidence';
import { eventPressureIndicator, goalpostsIndicator, stageIndicator } from '../testing/indicator-fixtures';
import { simulateIndexUncertainty, uncertaintyPoints, type MonteCarloOptions } from './monte-carlo';

const impacts = [1, 2, 4, 8, 16] as const;
const definitions = [
  eventPressureIndicator('cpc', { halfLifeDays: 60, saturation: 8, impacts }, { defaultWeight: 18 }),
  stageIndicator(
    'fa',
    [{ key: 'proposed', label: 'Proposed', level: 25 }],
    { halfLifeDays: 90, saturation: 10, impacts },
    { defaultWeight: 12 },
  ),
  goalpostsIndicator('trade', 10, 40, { defaultWeight: 15 }),
];
const evidence: Evidence = {
  events: [
    { id: 1, indicatorKey: 'cpc', date: '2021-11-20', severity: 3 },
    { id: 2, indicatorKey: 'cpc', date: '2022-03-01', endDate: '2022-04-15', severity: 4 },
    { id: 3, indicatorKey: 'cpc', date: '2022-05-10', severity: 5 },
    { id: 4, indicatorKey: 'fa', date: '2022-02-01', severity: 2, stage: 'proposed' },
    { id: 5, indicatorKey: 'fa', date: '2022-02-20', severity: 3 },
    // under way when the range starts; still under way when it ends; after the range
    { id: 6, indicatorKey: 'cpc', date: '2021-12-20', endDate: '2022-01-10', severity: 2 },
    { id: 7, indicatorKey: 'fa', date: '2022-06-01', endDate: '2022-12-31', severity: 4 },
    { id: 8, indicatorKey: 'cpc', date: '2022-08-01', severity: 5 },
    // edges of the range: ends the day before it, starts on its first day, ends on its last two days,
    // starts on its last day
    { id: 9, indicatorKey: 'cpc', date: '2021-12-01', endDate: '2021-12-31', severity: 3 },
    { id: 10, indicatorKey: 'cpc', date: '2022-01-01', severity: 1 },
    { id: 11, indicatorKey: 'cpc', date: '2022-06-20', endDate: '2022-06-29', severity: 4 },
    { id: 12, indicatorKey: 'fa', date: '2022-06-25', endDate: '2022-06-30', severity: 4 },
    { id: 13, indicatorKey: 'fa', date: '2022-06-30', severity: 5 },
  ],
  observations: [{ indicatorKey: 'trade', date: '2022-02-15', value: 22 }],
};
const prepared = prepareEvidence(definitions, evidence);
const range = { from: '2022-01-01', to: '2022-06-30' };
const weights = { cpc: 18, fa: 12, trade: 15 };
const run = (options: MonteCarloOptions, aggregation: 'arithmetic' | 'geometric' = 'arithmetic') =>
  simulateIndexUncertainty(prepared, range, weights, { draws: 200, seed: 7, ...options }, { aggregation });

describe('simulateIndexUncertainty', () => {
  it.each(['arithmetic', 'geometric'] as const)('reproduces the %s index exactly when nothing is perturbed', (aggregation) => {
    const index = computeIndex(scorePrepared(prepared, range), weights, { aggregation });
    // q = 0 still rescores every event indicator through the Monte Carlo kernel: it must match scoring
    for (const options of [
      { perturbWeights: false, perturbSeverity: false },
      { perturbWeights: false, severityShiftProbability: 0 },
    ]) {
      const result = run(options, aggregation);
      for (let t = 0; t < index.days; t++) {
        for (const band of [result.p5, result.p50, result.p95]) expect(band[t]).toBeCloseTo(index.values[t], 9);
      }
    }
  });

  it('returns ordered percentiles that widen once evidence exists', () => {
    const result = run({});
    for (let t = 0; t < result.p50.length; t++) {
      expect(result.p5[t]).toBeLessThanOrEqual(result.p50[t]);
      expect(result.p50[t]).toBeLessThanOrEqual(result.p95[t]);
    }
    const may20 = 139; // 2022-05-20, ten days after the severity-5 event
    expect(result.p95[may20] - result.p5[may20]).toBeGreaterThan(5);
  });

  it('repeats with the same seed and changes with another', () => {
    expect(run({ seed: 11 })).toEqual(run({ seed: 11 }));
    expect(run({ seed: 11 }).p95).not.toEqual(run({ seed: 12 }).p95);
  });

  it('samples the weights in every draw, the first included', () => {
    const index = computeIndex(scorePrepared(prepared, range), weights);
    const single = run({ draws: 1, perturbSeverity: false, weightConcentration: 0.5 });
    expect(Math.abs(single.p50[150] - index.values[150])).toBeGreaterThan(0.5);
  });

  it('narrows the weight band as the Dirichlet concentration grows', () => {
    const width = (c: number) => {
      const r = run({ perturbSeverity: false, weightConcentration: c, draws: 400 });
      return r.p95[100] - r.p5[100];
    };
    expect(width(1000)).toBeLessThan(width(20) / 3);
  });

  it('evaluates a weekly grid ending on range.to with the same draws as the daily grid', () => {
    const daily = run({});
    const weekly = run({ gridStepDays: 7 });
    // 181 days: grid days 180, 173, …, 5 → 26 points from 2022-01-06
    expect(weekly).toMatchObject({ from: '2022-01-06', to: '2022-06-30', stepDays: 7 });
    expect(weekly.p50.length).toBe(26);
    weekly.p50.forEach((value, j) => expect(value).toBe(daily.p50[5 + 7 * j]));
    expect(uncertaintyPoints(weekly).at(-1)?.date).toBe('2022-06-30');
  });

  it.each([
    ['draws', { draws: 0 }],
    ['seed', { seed: 0.5 }],
    ['weightConcentration', { weightConcentration: 0 }],
    ['severityShiftProbability', { severityShiftProbability: 1.5 }],
    ['gridStepDays', { gridStepDays: 0 }],
  ])('rejects an invalid %s', (parameter, options) => {
    expect(() => run(options)).toThrow(ScoringParameterError);
    expect(() => run(options)).toThrow(`"${parameter}"`);
  });
});
