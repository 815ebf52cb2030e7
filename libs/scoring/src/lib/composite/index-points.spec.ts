import { addDays } from '../dates/calendar-day';
import { bandScaleWithThresholds } from '../bands/band-scale';
import type { ScoredHistory } from '../model/series';
import { computeIndex } from './composite-index';
import { indexPointAt, toIndexPoints } from './index-points';

const from = '2024-01-01';
const history: ScoredHistory = {
  from,
  to: addDays(from, 2),
  days: 3,
  series: [
    { key: 'cpc', from, values: Float64Array.from([Number.NaN, 90, 30]) },
    { key: 'trade', from, values: Float64Array.from([Number.NaN, 30, Number.NaN]) },
    { key: 'unused', from, values: Float64Array.from([Number.NaN, 55, 55]) },
  ],
};
const index = computeIndex(history, { cpc: 2, trade: 1, unused: 0 });

describe('index points', () => {
  it('lists covered days as plain objects with band, contributions, coverage and scores', () => {
    // 2024-01-02: (2·90 + 1·30)/3 = 70 → High; contributions 60 and 10
    // 2024-01-03: trade has no data → cpc alone: 30 → Guarded
    expect(toIndexPoints(index)).toEqual([
      {
        date: '2024-01-02',
        value: 70,
        band: 'high',
        contributions: { cpc: 60, trade: 10 },
        coverage: ['cpc', 'trade'],
        scores: { cpc: 90, trade: 30, unused: 55 },
      },
      { date: '2024-01-03', value: 30, band: 'guarded', contributions: { cpc: 30 }, coverage: ['cpc'], scores: { cpc: 30, unused: 55 } },
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    const points = toIndexPoints(index);
    expect(JSON.parse(JSON.stringify(points))).toEqual(points);
  });

  it('classifies with custom thresholds and returns null for uncovered or outside days', () => {
    expect(indexPointAt(index, '2024-01-02', bandScaleWithThresholds([25, 50, 75, 90]))?.band).toBe('elevated');
    expect(indexPointAt(index, '2024-01-01')).toBeNull();
    expect(indexPointAt(index, '2023-12-31')).toBeNull();
  });
});
