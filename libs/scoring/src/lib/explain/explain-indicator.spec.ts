import type { Evidence } from '../model/evidence';
import { prepareEvidence } from '../methods/score-indicators';
import { eventPressureIndicator, goalpostsIndicator, stageIndicator } from '../testing/indicator-fixtures';
import { explainIndicatorChange } from './explain-indicator-change';
import { explainIndicatorScore } from './explain-indicator';

const pressure = { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 10, 20] } as const;
const stages = [
  { key: 'adopted', label: 'Adopted', level: 70 },
  { key: 'withdrawn', label: 'Withdrawn', level: 10 },
];
const definitions = [eventPressureIndicator('cpc', pressure), stageIndicator('fa', stages, pressure), goalpostsIndicator('trade', 10, 40)];
const evidence: Evidence = {
  events: [
    { id: 'A', indicatorKey: 'cpc', date: '2022-01-01', severity: 4 },
    { id: 'B', indicatorKey: 'cpc', date: '2022-02-15', severity: 2 },
    { id: 'law', indicatorKey: 'fa', date: '2022-01-20', severity: 4, stage: 'adopted' },
    { id: 'raid', indicatorKey: 'fa', date: '2022-02-01', severity: 4 },
    { id: 'repeal', indicatorKey: 'fa', date: '2022-04-01', severity: 3, stage: 'withdrawn' },
  ],
  observations: [
    { indicatorKey: 'trade', date: '2022-01-01', value: 25 },
    { indicatorKey: 'trade', date: '2023-01-01', value: 19 },
  ],
};
const prepared = prepareEvidence(definitions, evidence);
const pointsOf = (drivers: readonly { eventId: unknown; points: number }[]) =>
  Object.fromEntries(drivers.map((d) => [d.eventId, d.points]));

describe('explainIndicatorScore', () => {
  it('apportions an event-pressure score by each event’s share of x(t)', () => {
    // 2022-03-02: x_A = 10·2^(−60/30) = 2.5; x_B = 2·2^(−15/30) = 1.414; x = 3.914; s = 32.39
    // A: 32.39·2.5/3.914 = 20.69; B: 32.39·1.414/3.914 = 11.70
    const result = explainIndicatorScore(prepared, 'cpc', '2022-03-02');
    expect(result.score).toBeCloseTo(32.39, 2);
    expect(result.drivers.map((d) => d.eventId)).toEqual(['A', 'B']);
    expect(result.drivers[0].points).toBeCloseTo(20.69, 2);
    expect(result.drivers[1].points).toBeCloseTo(11.7, 2);
    expect(result.drivers[1].pressureTo).toBeCloseTo(1.414, 3);
    // shares of the pressure: 2.5/3.914 = 0.639 and 1.414/3.914 = 0.361
    expect(result.drivers[0].share).toBeCloseTo(0.639, 3);
    expect(result.drivers[1].share).toBeCloseTo(0.361, 3);
  });

  it('gives a stage indicator’s level to the stage in force and the rest to enforcement', () => {
    // 2022-02-01: L = 70 (law); raid x = 10 → s = 70 + 30·(1 − e^(−1)) = 88.96 → raid 18.96
    const result = explainIndicatorScore(prepared, 'fa', '2022-02-01');
    expect(result.score).toBeCloseTo(88.96, 2);
    expect(pointsOf(result.drivers).law).toBe(70);
    expect(pointsOf(result.drivers).raid).toBeCloseTo(18.96, 2);
  });

  it('gives a metric’s score to the observation in force, and none before the first', () => {
    const result = explainIndicatorScore(prepared, 'trade', '2022-06-30');
    expect(result.drivers).toEqual([expect.objectContaining({ kind: 'observation', date: '2022-01-01', value: 25, points: 50 })]);
    expect(explainIndicatorScore(prepared, 'trade', '2021-06-30')).toMatchObject({ score: null, drivers: [] });
  });

  it('keeps the sum when cutting the list to a limit', () => {
    const result = explainIndicatorScore(prepared, 'cpc', '2022-03-02', { limit: 1 });
    expect(result.drivers.length).toBe(1);
    expect(result.drivers[0].points + result.remainder).toBeCloseTo(32.39, 2);
  });
});

describe('explainIndicatorChange', () => {
  it('gives each event its pressure change times the secant slope', () => {
    // t0 = 2022-02-14: x_A = 10·2^(−44/30) = 3.618, x_B = 0 → s0 = 30.36
    // t1 = 2022-03-02: x_A = 2.5, x_B = 1.414 → s1 = 32.39; Δs = 2.031; Δx = 0.296; m = Δs/Δx = 6.870
    // A: 6.870·(2.5 − 3.618) = −7.67; B: 6.870·1.414 = +9.70; sum 2.03
    const result = explainIndicatorChange(prepared, 'cpc', '2022-02-14', '2022-03-02');
    expect(result.change).toBeCloseTo(2.031, 3);
    expect(pointsOf(result.drivers).A).toBeCloseTo(-7.67, 2);
    expect(pointsOf(result.drivers).B).toBeCloseTo(9.7, 2);
    // B explains 9.70/2.03 = 4.78 times the net change; A offsets −3.78 times it
    expect(result.drivers.find((d) => d.eventId === 'B')?.share).toBeCloseTo(4.777, 2);
    expect(result.drivers.reduce((sum, d) => sum + d.points, 0)).toBeCloseTo(result.change as number, 10);
  });

  it('splits a stage change into ΔL·(1 − ḡ) for the stage and (100 − L̄)·Δg for enforcement', () => {
    // t0 = 2022-01-31: L = 70, g = 0 → s0 = 70. t1 = 2022-04-01: L = 10, x = 2.558, g = 0.2257 → s1 = 30.32
    // repeal: −60·(1 − 0.1129) = −53.23; raid: (100 − 40)·0.2257 = 13.54; sum −39.68
    const result = explainIndicatorChange(prepared, 'fa', '2022-01-31', '2022-04-01');
    expect(result.change).toBeCloseTo(-39.68, 2);
    expect(pointsOf(result.drivers).repeal).toBeCloseTo(-53.23, 2);
    expect(pointsOf(result.drivers).raid).toBeCloseTo(13.54, 2);
  });

  it('still sums to the change when going back in time past the first stage', () => {
    const result = explainIndicatorChange(prepared, 'fa', '2022-02-01', '2022-01-01');
    const total = result.drivers.reduce((sum, d) => sum + d.points, 0);
    expect(total).toBeCloseTo(result.change as number, 10);
    expect(result.change).toBeCloseTo(-88.96, 2);
  });

  it('gives a metric change to the newer observation', () => {
    // 25 → 50 points; 19 → 30 points; change −20
    const result = explainIndicatorChange(prepared, 'trade', '2022-06-30', '2023-06-30');
    expect(result.change).toBeCloseTo(-20, 10);
    expect(result.drivers).toEqual([expect.objectContaining({ kind: 'observation', date: '2023-01-01', value: 19 })]);
    expect(result.drivers[0].points).toBeCloseTo(-20, 10);
  });

  it('rejects an unknown indicator', () => {
    expect(() => explainIndicatorChange(prepared, 'nope', '2022-01-01', '2022-02-01')).toThrow('Invalid parameter "key"');
  });
});
