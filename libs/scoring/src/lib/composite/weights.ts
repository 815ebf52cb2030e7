import { InvalidWeightsError } from '../errors';
import type { IndicatorDefinition } from '../model/indicator';

/** Weights by indicator key. Any scale: only their ratios matter. */
export type WeightMap = Readonly<Record<string, number>>;

/** The definitions' default weights as a WeightMap. */
export function defaultWeights(definitions: readonly IndicatorDefinition[]): WeightMap {
  return Object.fromEntries(definitions.map((d) => [d.key, d.defaultWeight]));
}

/**
 * Validates weights and aligns them with `keys`.
 * @param keys    indicator keys, in the order of the scored history
 * @param weights one weight per key: finite, ≥ 0, with a positive sum; no other keys
 * @throws InvalidWeightsError naming the missing, unknown, non-finite or negative key, or with key null
 *   when the weights sum to 0
 */
export function resolveWeights(keys: readonly string[], weights: WeightMap): Float64Array {
  if (weights === null || typeof weights !== 'object') throw new InvalidWeightsError(null, 'must be an object of weights by indicator key');
  const known = new Set(keys);
  for (const key of Object.keys(weights)) {
    if (!known.has(key)) throw new InvalidWeightsError(key, 'no such indicator');
  }
  const resolved = new Float64Array(keys.length);
  let sum = 0;
  keys.forEach((key, i) => {
    const w = weights[key];
    if (w === undefined) throw new InvalidWeightsError(key, 'missing');
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new InvalidWeightsError(key, `must be a finite number (got ${String(w)})`);
    if (w < 0) throw new InvalidWeightsError(key, `must be ≥ 0 (got ${w})`);
    resolved[i] = w;
    sum += w;
  });
  if (!(sum > 0)) throw new InvalidWeightsError(null, 'must have a positive sum');
  return resolved;
}
