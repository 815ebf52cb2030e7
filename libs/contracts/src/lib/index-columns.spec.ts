import { seriesColumns, seriesFromColumns } from './index-columns';
import type { IndexPointView, IndexSeriesView } from './index-series';

const point = (date: string, overrides: Partial<IndexPointView> = {}): IndexPointView => ({
  date,
  value: 41.25,
  band: 'elevated',
  contributions: { cpc_pipeline: 30.5, csto_military: 10.75 },
  coverage: ['cpc_pipeline', 'csto_military'],
  scores: { cpc_pipeline: 72.4, csto_military: 35.1, trade_russia: 12 },
  stale: ['csto_military'],
  unmonitored: ['trade_russia'],
  lower: 36.5,
  upper: 46,
  ...overrides,
});

const series: IndexSeriesView = {
  profile: { slug: 'default', name: 'Default', version: 3 },
  method: 2,
  asOf: null,
  interval: 'day',
  from: '2026-11-22',
  to: '2026-11-24',
  computedAt: '2026-11-24T06:00:00.000Z',
  points: [
    point('2026-11-22'),
    // no value: every indicator unmonitored, no band — never 0
    point('2026-11-23', {
      value: null,
      band: null,
      contributions: {},
      coverage: [],
      stale: [],
      unmonitored: ['cpc_pipeline', 'csto_military', 'trade_russia'],
      lower: null,
      upper: null,
    }),
    point('2026-11-24', { stale: [], contributions: { cpc_pipeline: 31, csto_military: 10 } }),
  ],
  freshness: {
    date: '2026-11-24',
    method: 2,
    coverage: { covered: 2, total: 3, share: 2 / 3, inComposite: ['cpc_pipeline', 'csto_military'], leftOut: ['trade_russia'] },
    indicators: [],
    lastNewEvidence: '2026-10-01',
    daysSinceNewEvidence: 54,
    stale: [],
    unmonitored: ['trade_russia'],
    summary: 'No new evidence for 54 days; 1 of 3 indicators unmonitored (left out).',
  },
  noValueReason: 'Every indicator is unmonitored.',
};

describe('index series as columns', () => {
  it('gives back the very same series', () => {
    expect(seriesFromColumns(seriesColumns(series))).toEqual(series);
  });

  it('writes each indicator key once, not once per day', () => {
    const columns = seriesColumns(series);
    expect(columns.keys).toEqual(['cpc_pipeline', 'csto_military', 'trade_russia']);
    expect(columns.dates).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
    expect(columns.contributions[0]).toEqual([30.5, null, 31]);
    // csto_military: in the composite and stale, then unmonitored, then in the composite
    expect(columns.states[1]).toBe('341');
    const { freshness, ...points } = columns;
    expect(freshness).toEqual(series.freshness);
    const json = JSON.stringify(points);
    expect(json.split('"cpc_pipeline"')).toHaveLength(2);
    expect(json.length).toBeLessThan(JSON.stringify(series).length);
  });
});
