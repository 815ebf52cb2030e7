import type { IndexInterval, IndexSeriesView, ProfileRef } from '@kem/contracts';

/**
 * An index series of the given [day, value] points (value null: no index that day), with empty
 * contributions, coverage and freshness; from/to default to the first and last point.
 */
export function anIndexSeries(
  points: [string, number | null][],
  options: { profile?: ProfileRef; interval?: IndexInterval; from?: string; to?: string } = {},
): IndexSeriesView {
  const from = options.from ?? points[0]?.[0] ?? '2014-01-01';
  const to = options.to ?? points.at(-1)?.[0] ?? from;
  return {
    profile: options.profile ?? { slug: 'default', name: 'Default', version: 1 },
    method: 2,
    asOf: null,
    interval: options.interval ?? 'day',
    from,
    to,
    computedAt: null,
    points: points.map(([date, value]) => ({
      date,
      value,
      band: null,
      contributions: {},
      coverage: [],
      scores: {},
      stale: [],
      unmonitored: [],
      lower: null,
      upper: null,
    })),
    freshness: {
      date: to,
      method: 2,
      coverage: { covered: 0, total: 0, share: 0, inComposite: [], leftOut: [] },
      indicators: [],
      lastNewEvidence: null,
      daysSinceNewEvidence: null,
      stale: [],
      unmonitored: [],
      summary: '',
    },
    noValueReason: null,
  };
}
