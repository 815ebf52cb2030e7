import { VersionDiffView } from '@kem/contracts';
import { aVersion } from '../../testing/admin-fixtures';
import { topShares, weightDiffRows } from './weight-diff';

const names = new Map([
  ['cpc_pipeline', 'CPC pipeline disruptions'],
  ['trade_russia', 'Trade dependence on Russia'],
]);

describe('weight diff formatting', () => {
  it('lists only the changed weights, named, biggest change first', () => {
    const diff: VersionDiffView = {
      from: aVersion({ number: 1 }),
      to: aVersion({ number: 3 }),
      methodChanged: false,
      peakChannelChanged: false,
      weights: [
        { indicatorKey: 'trade_russia', from: 30, to: 25 },
        { indicatorKey: 'cpc_pipeline', from: 18, to: 30 },
        { indicatorKey: 'foreign_agent', from: 20, to: 20 },
        { indicatorKey: 'new_one', from: null, to: 5 },
      ],
    };
    expect(weightDiffRows(diff, names)).toEqual([
      { key: 'new_one', name: 'new_one', from: null, to: 5, change: null },
      { key: 'cpc_pipeline', name: 'CPC pipeline disruptions', from: 18, to: 30, change: 12 },
      { key: 'trade_russia', name: 'Trade dependence on Russia', from: 30, to: 25, change: -5 },
    ]);
  });

  it('summarises the heaviest weights as rounded shares', () => {
    expect(topShares({ cpc_pipeline: 30, trade_russia: 15, x: 5 }, names, 2)).toBe(
      'CPC pipeline disruptions 60 %, Trade dependence on Russia 30 %',
    );
    expect(topShares({ a: 0 }, names)).toBe('');
  });
});
