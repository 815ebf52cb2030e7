import type { DateRange } from '../dates/calendar-day';
import { toDayRange } from '../methods/score-indicators';
import type { IndicatorDefinition } from '../model/indicator';
import { pressureSeriesV2 } from '../v2/event-fraction';
import type { PreparedEvidenceV2 } from '../v2/prepare-v2';
import { DEFAULT_SATURATION_RULE, saturationFromPressure, type SaturationFit, type SaturationRule } from './saturation-quantiles';

export interface IndicatorSaturationFit extends SaturationFit {
  readonly key: string;
  /** The k in the definition before fitting. */
  readonly previous: number | null;
}

/** Fits k for every event-based indicator over `range` (the fitting window) by the quantile rule. */
export function calibrateSaturations(
  prepared: PreparedEvidenceV2,
  range: DateRange,
  rule: SaturationRule = DEFAULT_SATURATION_RULE,
): IndicatorSaturationFit[] {
  const { fromDay, days } = toDayRange(range);
  return prepared.indicators.map((indicator) => ({
    key: indicator.key,
    previous: indicator.pressureParameters?.saturation ?? null,
    ...saturationFromPressure(pressureSeriesV2(indicator, fromDay, days), rule),
  }));
}

/** Definitions with fitted k where a fit exists (others unchanged). */
export function withSaturations(
  definitions: readonly IndicatorDefinition[],
  saturations: Readonly<Record<string, number | null>>,
): IndicatorDefinition[] {
  return definitions.map((d) => {
    const k = saturations[d.key];
    if (k === undefined || k === null) return d;
    const method = d.method;
    if (method.kind === 'event_pressure') return { ...d, method: { ...method, saturation: k } };
    if (method.kind === 'stage') return { ...d, method: { ...method, enforcement: { ...method.enforcement, saturation: k } } };
    return d;
  });
}
