import { ScoringParameterError } from '../errors';
import type { Evidence } from '../model/evidence';
import { eventPressureIndicator, goalpostsIndicator } from '../testing/indicator-fixtures';
import { prepareEvidence, scoreIndicator, scoreIndicators, toDayRange } from './score-indicators';

const definitions = [
  eventPressureIndicator('cpc', { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 10, 20] }, { defaultWeight: 2 }),
  goalpostsIndicator('trade', 10, 40),
];

const evidence: Evidence = {
  events: [
    { id: 1, indicatorKey: 'cpc', date: '2022-01-02', severity: 4 },
    { id: 2, indicatorKey: 'not_an_indicator', date: 'garbage', severity: 99 },
  ],
  observations: [
    { indicatorKey: 'trade', date: '2022-01-03', value: 25 },
    { indicatorKey: 'cpc', date: '2022-01-01', value: 1e9 },
  ],
};

describe('scoreIndicators', () => {
  it('scores each indicator by its method over the range, aligned day by day', () => {
    const history = scoreIndicators(definitions, evidence, { from: '2022-01-01', to: '2022-01-04' });
    expect(history).toMatchObject({ from: '2022-01-01', to: '2022-01-04', days: 4 });
    const [cpc, trade] = history.series;
    // cpc: 0 until the event, then x = 10 (s = 63.21) decaying by 2^(−1/30) per day
    expect(cpc.values[0]).toBe(0);
    expect(cpc.values[1]).toBeCloseTo(63.21, 2);
    // trade: no data until 2022-01-03, then (25 − 10)/30 → 50
    expect(Array.from(trade.values.slice(2))).toEqual([50, 50]);
    expect(Number.isNaN(trade.values[0])).toBe(true);
  });

  it('ignores evidence for other indicators and of the wrong kind', () => {
    expect(() => scoreIndicators(definitions, evidence, { from: '2022-01-01', to: '2022-01-04' })).not.toThrow();
  });

  it('scores a single indicator', () => {
    const series = scoreIndicator(definitions[1], evidence, { from: '2022-01-03', to: '2022-01-03' });
    expect(series).toEqual({ key: 'trade', from: '2022-01-03', values: Float64Array.from([50]) });
  });

  it('rejects duplicate keys and invalid ranges with ScoringParameterError', () => {
    expect(() => prepareEvidence([definitions[0], definitions[0]], evidence)).toThrow(ScoringParameterError);
    expect(() => toDayRange({ from: '2022-01-05', to: '2022-01-04' })).toThrow('Invalid parameter "range.to"');
    expect(() => toDayRange({ from: '2022-02-30', to: '2022-03-04' })).toThrow('Invalid parameter "range.from"');
  });
});
