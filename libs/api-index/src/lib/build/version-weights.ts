import type { IndicatorDefinition, WeightMap } from '@kem/scoring';

/**
 * A profile version's weights aligned with today's indicators: an indicator added after the version
 * was saved weighs 0 in it (it has not been chosen), and weights of removed indicators are dropped.
 */
export function weightsFor(definitions: readonly IndicatorDefinition[], saved: Record<string, number>): WeightMap {
  return Object.fromEntries(definitions.map((d) => [d.key, saved[d.key] ?? 0]));
}
