import { InvalidWeightsError } from '../errors';
import { thrown } from '../testing/thrown';
import { resolveWeights } from './weights';

const keys = ['cpc', 'trade', 'csto'];

const offender = (weights: Record<string, number>) => thrown(InvalidWeightsError, () => resolveWeights(keys, weights)).indicatorKey;

describe('resolveWeights', () => {
  it('aligns weights with the keys', () => {
    expect(Array.from(resolveWeights(keys, { csto: 14, cpc: 18, trade: 0 }))).toEqual([18, 0, 14]);
  });

  it.each([
    ['trade', { cpc: 1, trade: -1, csto: 1 }],
    ['trade', { cpc: 1, trade: Number.NaN, csto: 1 }],
    ['csto', { cpc: 1, trade: 1, csto: Infinity }],
    ['csto', { cpc: 1, trade: 1 }],
    ['unrest', { cpc: 1, trade: 1, csto: 1, unrest: 1 }],
  ])('names %s when its weight is invalid, missing or unknown', (key, weights) => {
    expect(offender(weights)).toBe(key);
  });

  it('rejects weights that sum to zero, naming no single indicator', () => {
    expect(offender({ cpc: 0, trade: 0, csto: 0 })).toBeNull();
  });
});
