import type { FieldError } from '@kem/contracts';
import type { WeightMap } from './weights';

/**
 * The rules for a weight profile's weights, wherever they are entered, checked or used: the API's
 * validation, the weights form, the published index, digests and the company index.
 */

/** Largest weight a profile gives one indicator; 0 leaves the indicator out. */
export const MAX_WEIGHT = 100;

/** A weight a profile may hold: a finite number from 0 to MAX_WEIGHT. */
export function isValidWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_WEIGHT;
}

/**
 * Saved weights aligned with today's `indicators` (definitions, views or scored series: anything
 * with a key): an indicator added after the weights were saved weighs 0 (nobody chose it), weights
 * of indicators no longer scored are dropped.
 */
export function alignWeights(saved: Readonly<Record<string, number>>, indicators: readonly { readonly key: string }[]): WeightMap {
  return Object.fromEntries(indicators.map(({ key }) => [key, saved[key] ?? 0]));
}

/**
 * Problems with a set of weights for the given indicators, each named by its field
 * (weights.<indicator>): every indicator exactly once, finite numbers from 0 to MAX_WEIGHT, a positive sum.
 */
export function weightProblems(weights: unknown, indicatorKeys: readonly string[]): FieldError[] {
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) {
    return [{ field: 'weights', message: 'must be an object with one weight per indicator key' }];
  }
  const given = weights as Record<string, unknown>;
  const problems: FieldError[] = [];
  for (const key of Object.keys(given)) {
    if (!indicatorKeys.includes(key)) problems.push({ field: `weights.${key}`, message: 'no such indicator' });
  }
  let sum = 0;
  for (const key of indicatorKeys) {
    const value = given[key];
    if (value === undefined) {
      problems.push({ field: `weights.${key}`, message: 'missing: give every indicator a weight (0 leaves it out)' });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field: `weights.${key}`, message: `must be a finite number (got ${JSON.stringify(value)})` });
    } else if (!isValidWeight(value)) {
      problems.push({ field: `weights.${key}`, message: `must be between 0 and ${MAX_WEIGHT} (got ${value})` });
    } else {
      sum += value;
    }
  }
  if (problems.length === 0 && !(sum > 0))
    problems.push({ field: 'weights', message: 'must have a positive sum: at least one indicator needs a weight above 0' });
  return problems;
}
