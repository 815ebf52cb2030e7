import { computeIndex } from '../composite/composite-index';
import { prepareEvidence, scorePrepared } from '../methods/score-indicators';
import type { Evidence } from '../model/evidence';
import { eventPressureIndicator } from '../testing/indicator-fixtures';
import { explainIndexChange } from './explain-index-change';

const impacts = [1, 2, 4, 10, 20] as const;
const definitions = [
  eventPressureIndicator('cpc', { halfLifeDays: 30, saturation: 10, impacts }, { defaultWeight: 3 }),
  eventPressureIndicator('csto', { halfLifeDays: 180, saturation: 12, impacts }),
];
const evidence: Evidence = {
  events: [
    { id: 'A', indicatorKey: 'cpc', date: '2022-01-01', severity: 4 },
    { id: 'B', indicatorKey: 'cpc', date: '2022-02-15', severity: 2 },
    { id: 'C', indicatorKey: 'csto', date: '2022-01-06', endDate: '2022-01-19', severity: 5 },
  ],
  observations: [],
};

describe('explainIndexChange', () => {
  it.each(['arithmetic', 'geometric'] as const)('traces the %s index change to events, in index points', (aggregation) => {
    const prepared = prepareEvidence(definitions, evidence);
    const index = computeIndex(scorePrepared(prepared, { from: '2022-01-01', to: '2022-06-30' }), { cpc: 3, csto: 1 }, { aggregation });
    const result = explainIndexChange(prepared, index, '2022-02-14', '2022-03-02');
    expect(result.indicators.reduce((sum, i) => sum + i.change, 0)).toBeCloseTo(result.change, 10);
    for (const indicator of result.indicators) {
      const driverSum = indicator.drivers.reduce((sum, d) => sum + d.points, indicator.remainder);
      expect(driverSum).toBeCloseTo(indicator.scoreEffect, 9);
    }
    const cpc = result.indicators.find((i) => i.key === 'cpc');
    expect(cpc?.drivers.map((d) => d.eventId).sort()).toEqual(['A', 'B']);
    if (aggregation === 'arithmetic') {
      // arithmetic: event points = ¾ × the event's share of cpc's change (A: −7.67 → −5.75)
      expect(cpc?.drivers.find((d) => d.eventId === 'A')?.points).toBeCloseTo(-0.75 * 7.673, 2);
    }
  });
});
