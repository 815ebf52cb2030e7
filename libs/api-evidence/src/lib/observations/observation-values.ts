/**
 * The values an observation may take, by its unit: a share in % lies in [0, 100]; a ratio written
 * "% of …" (trade in % of GDP, net energy imports in % of use, negative for an exporter) within
 * ±1,000; any other quantity within ±10^12 of its unit. Finite always. Bounds by meaning keep an
 * absurd value (1e308 %) from moving the index.
 */
interface ObservationValueRule {
  test: (unit: string) => boolean;
  min: number;
  max: number;
  what: string;
}

/** Any other quantity: the last rule, which every unit passes. */
const QUANTITY_RULE: ObservationValueRule = { test: () => true, min: -1e12, max: 1e12, what: 'a quantity' };

export const OBSERVATION_VALUE_RULES: readonly ObservationValueRule[] = [
  { test: (unit) => unit === '%', min: 0, max: 100, what: 'a share in %' },
  { test: (unit) => unit.startsWith('%'), min: -1000, max: 1000, what: `a ratio in "% of …"` },
  QUANTITY_RULE,
];

/** Why `value` cannot be an observation in `unit`, or null when it can. */
export function observationValueProblem(unit: string, value: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
  const rule = OBSERVATION_VALUE_RULES.find((r) => r.test(unit.trim())) ?? QUANTITY_RULE;
  if (value < rule.min || value > rule.max)
    return `must be between ${rule.min} and ${rule.max} for ${rule.what} (unit "${unit}"), got ${value}`;
  return null;
}
