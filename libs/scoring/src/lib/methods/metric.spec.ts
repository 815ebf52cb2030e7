import { parseDay } from '../dates/calendar-day';
import type { Observation } from '../model/evidence';
import type { MetricMethod } from '../model/indicator';
import { goalpostScore, prepareMetric, scoreMetric } from './metric';

const goalposts: MetricMethod = {
  kind: 'metric',
  normalisation: { kind: 'goalposts', lo: 10, hi: 40 },
  direction: 'higher_is_riskier',
  unit: '%',
};
const obs = (date: string, value: number): Observation => ({ indicatorKey: 'trade', date, value });

function series(method: MetricMethod, observations: Observation[], from: string, days: number): number[] {
  return Array.from(scoreMetric(prepareMetric('trade', method, observations), parseDay(from), days));
}

describe('metric scoring', () => {
  it('normalises by goalposts: clip((v − lo)/(hi − lo))·100', () => {
    // lo 10, hi 40: v = 25 → 15/30 = 0.5 → 50; v = 18.6 → 8.6/30 → 28.67; below lo → 0; above hi → 100
    expect(goalpostScore(25, 10, 40)).toBe(50);
    expect(goalpostScore(18.6, 10, 40)).toBeCloseTo(28.67, 2);
    expect(goalpostScore(5, 10, 40)).toBe(0);
    expect(goalpostScore(55, 10, 40)).toBe(100);
  });

  it('has no data before the first observation, then carries each value forward', () => {
    const s = series(goalposts, [obs('2022-01-03', 25), obs('2022-01-05', 16)], '2022-01-01', 6);
    // days 1–2: NaN; 3–4: 50; 5–6: (16 − 10)/30 = 0.2 → 20
    expect(s.slice(0, 2).every(Number.isNaN)).toBe(true);
    expect(s.slice(2)).toEqual([50, 50, 20, 20]);
  });

  it('carries an observation from before the range into it', () => {
    expect(series(goalposts, [obs('2020-06-30', 25)], '2022-01-01', 2)).toEqual([50, 50]);
  });

  it('inverts the score when higher is safer', () => {
    expect(series({ ...goalposts, direction: 'higher_is_safer' }, [obs('2022-01-01', 16)], '2022-01-01', 1)).toEqual([80]);
  });

  it('scores by mid-rank percentile of the history so far', () => {
    const percentile: MetricMethod = { ...goalposts, normalisation: { kind: 'percentile', minObservations: 1 } };
    const values = [obs('2022-01-01', 10), obs('2022-01-02', 20), obs('2022-01-03', 20), obs('2022-01-04', 40)];
    // day 1: only itself: (0 + ½·1)/1 = 50
    // day 2: 20 among {10, 20}: (1 + ½·1)/2 = 75
    // day 3: 20 among {10, 20, 20}: (1 + ½·2)/3 = 66.67
    // day 4: 40 among {10, 20, 20, 40}: (3 + ½·1)/4 = 87.5
    const s = series(percentile, values, '2022-01-01', 4);
    expect(s[0]).toBe(50);
    expect(s[1]).toBe(75);
    expect(s[2]).toBeCloseTo(66.67, 2);
    expect(s[3]).toBe(87.5);
  });

  it('gives no percentile score until minObservations are in', () => {
    const percentile: MetricMethod = { ...goalposts, normalisation: { kind: 'percentile', minObservations: 3 } };
    const s = series(percentile, [obs('2022-01-01', 10), obs('2022-01-02', 30), obs('2022-01-03', 20)], '2022-01-01', 3);
    // day 3: 20 among {10, 30, 20}: (1 + ½)/3 = 50
    expect([Number.isNaN(s[0]), Number.isNaN(s[1]), s[2]]).toEqual([true, true, 50]);
  });
});
