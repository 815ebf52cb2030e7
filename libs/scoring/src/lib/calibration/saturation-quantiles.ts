import { ScoringParameterError } from '../errors';
import { quantile } from '../uncertainty/quantiles';

/**
 * Saturation constants from quantiles of historical pressure (method version 2).
 *
 * Rule: on the days with pressure (x ≥ `activeFrom`, 5 % of a severity-1 impact by default), take
 * the q-quantile x_q of the daily pressure and choose k so that x_q scores the target fraction g* of
 * the headroom above the floor:
 *   1 − e^(−x_q/k) = g*   ⇒   k = −x_q / ln(1 − g*),
 * clamped to [minSaturation, maxSaturation]. Defaults: q = 0.95, g* = 0.5 (then k = x_q / ln 2): an
 * indicator's one-in-twenty active day takes half of its headroom above the floor, and only rarer
 * pressure pushes it towards 100. (Candidates compared in the validation report: q = 0.9 / g* = 63 %
 * made every channel's top decile read High, which left calm years Elevated.)
 * With fewer than `minActiveDays` active days there is nothing to fit and the caller keeps its
 * argued value.
 */
export interface SaturationRule {
  readonly quantile: number;
  readonly targetFraction: number;
  readonly activeFrom: number;
  readonly minActiveDays: number;
  readonly minSaturation: number;
  readonly maxSaturation: number;
}

export const DEFAULT_SATURATION_RULE: SaturationRule = {
  quantile: 0.95,
  targetFraction: 0.5,
  activeFrom: 0.05,
  minActiveDays: 60,
  minSaturation: 4,
  maxSaturation: 32,
};

export interface SaturationFit {
  /** k, or null when there were too few active days. */
  readonly saturation: number | null;
  readonly quantilePressure: number | null;
  readonly activeDays: number;
  readonly clamped: boolean;
}

/** k from a daily pressure series by the rule above. */
export function saturationFromPressure(pressure: ArrayLike<number>, rule: SaturationRule = DEFAULT_SATURATION_RULE): SaturationFit {
  if (!(rule.quantile >= 0 && rule.quantile <= 1)) throw new ScoringParameterError('quantile', 'must be in [0, 1]', rule.quantile);
  if (!(rule.targetFraction > 0 && rule.targetFraction < 1)) {
    throw new ScoringParameterError('targetFraction', 'must be in (0, 1)', rule.targetFraction);
  }
  const active: number[] = [];
  for (let i = 0; i < pressure.length; i++) if (pressure[i] >= rule.activeFrom) active.push(pressure[i]);
  if (active.length < rule.minActiveDays) return { saturation: null, quantilePressure: null, activeDays: active.length, clamped: false };
  const xq = quantile(active, rule.quantile);
  const k = -xq / Math.log(1 - rule.targetFraction);
  const saturation = Math.min(rule.maxSaturation, Math.max(rule.minSaturation, k));
  return { saturation, quantilePressure: xq, activeDays: active.length, clamped: saturation !== k };
}
