import { FieldError } from '@kem/contracts';

export const MAX_WEIGHT = 100;

/**
 * Problems with a set of weights for the given indicators, each named by its field
 * (weights.<indicator>): every indicator exactly once, finite numbers from 0 to 100, a positive sum.
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
    } else if (value < 0 || value > MAX_WEIGHT) {
      problems.push({ field: `weights.${key}`, message: `must be between 0 and ${MAX_WEIGHT} (got ${value})` });
    } else {
      sum += value;
    }
  }
  if (problems.length === 0 && !(sum > 0))
    problems.push({ field: 'weights', message: 'must have a positive sum: at least one indicator needs a weight above 0' });
  return problems;
}
