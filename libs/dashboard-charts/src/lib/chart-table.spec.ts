import { aPoint } from '../testing/fixtures';
import { contributionsChartTable, indexChartTables, scoreChartTable } from './chart-table';

describe('chart data tables', () => {
  const points = [
    aPoint('2024-01-01', { cpc: 10, csto: 5 }),
    aPoint('2024-01-08', { cpc: 30 }, { lower: null, upper: null }),
    aPoint('2024-01-15', {}, { value: null, lower: null, upper: null }),
  ];

  it('index: period, value, band and the 5th–95th percentile band, with dashes for what is missing', () => {
    const [values, ...rest] = indexChartTables({ points, interval: 'week' });
    expect(rest).toEqual([]);
    expect(values.label).toBe('Index values');
    expect(values.caption).toBe('Index values (3)');
    expect(values.columns.map((c) => `${c.heading}${c.align ? ` (${c.align})` : ''}`)).toEqual([
      'Period',
      'Index (num)',
      'Band',
      '5th pct. (num)',
      '95th pct. (num)',
    ]);
    expect(values.rows).toEqual([
      { key: '2024-01-01', cells: ['Week to 1 Jan 2024', '15.0', 'Low', '13.0', '18.0'] },
      { key: '2024-01-08', cells: ['Week to 8 Jan 2024', '30.0', 'Guarded', '–', '–'] },
      { key: '2024-01-15', cells: ['Week to 15 Jan 2024', 'no value', '–', '–', '–'] },
    ]);
  });

  it('index: a second table for the marked events, the source a link when it has an address', () => {
    const [, events] = indexChartTables({
      points,
      eventsLabel: 'Events, severity 3+',
      events: [
        {
          id: 7,
          date: '2024-01-02',
          title: 'Pipeline stopped',
          severity: 4,
          sourceName: 'Reuters',
          sourceUrl: 'https://example.org/a',
          indicatorName: 'CPC',
        },
        { id: 8, date: '2024-01-09', title: 'Exercise', severity: 3, sourceName: 'Ministry' },
      ],
    });
    expect(events.label).toBe('Events marked on the chart');
    expect(events.caption).toBe('Events, severity 3+');
    expect(events.columns.find((c) => c.heading === 'Event')?.align).toBe('wrap');
    expect(events.rows.map((r) => [r.key, ...r.cells])).toEqual([
      [7, '2 Jan 2024', 'Pipeline stopped', 'CPC', '4 of 5 · Major', { text: 'Reuters', href: 'https://example.org/a' }],
      [8, '9 Jan 2024', 'Exercise', '', expect.any(String), 'Ministry'],
    ]);
  });

  it('contributions: one column per indicator in stack order, named; a dash where one contributed nothing', () => {
    const table = contributionsChartTable({
      points: points.slice(0, 2),
      indicators: [
        { key: 'cpc', name: 'CPC pipeline disruptions' },
        { key: 'csto', name: 'CSTO / Russian military activity' },
      ],
    });
    expect(table.caption).toBe('Index points contributed by each indicator');
    expect(table.columns.map((c) => c.heading)).toEqual([
      'Period',
      'CPC pipeline disruptions',
      'CSTO / Russian military activity',
      'Index',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1 Jan 2024', '10.0', '5.0', '15.0'],
      ['8 Jan 2024', '30.0', '–', '30.0'],
    ]);
  });

  it("score: the indicator's daily score and band", () => {
    const table = scoreChartTable({ name: 'CPC pipeline disruptions', points: [{ date: '2024-01-01', score: 12 }] });
    expect(table.caption).toBe('CPC pipeline disruptions: daily scores (1)');
    expect(table.rows).toEqual([{ key: '2024-01-01', cells: ['1 Jan 2024', '12.0', 'Low'] }]);
  });
});
