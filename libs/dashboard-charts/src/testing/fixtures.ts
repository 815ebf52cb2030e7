import type { IndexPointView } from '@kem/contracts';

/** An index point with contributions that sum to its value. */
export function aPoint(date: string, contributions: Record<string, number>, extra: Partial<IndexPointView> = {}): IndexPointView {
  const value = Object.values(contributions).reduce((a, b) => a + b, 0);
  return {
    date,
    value,
    band: value < 20 ? 'low' : 'guarded',
    contributions,
    coverage: Object.keys(contributions),
    scores: {},
    stale: [],
    unmonitored: [],
    lower: value - 2,
    upper: value + 3,
    ...extra,
  };
}
