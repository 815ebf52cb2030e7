import type { CompactIndexSeries } from '../composite/composite-index';
import type { PreparedEvidence } from '../methods/score-indicators';
import { explainIndicatorChange } from './explain-indicator-change';
import { attributeIndexChange, type IndexChangeAttribution, type IndicatorAttribution } from './index-attribution';
import type { DriverOptions, IndicatorDriver } from './indicator-drivers';

/** An indicator's share of an index change, down to the evidence behind its score effect. */
export interface IndicatorChangeDrivers extends IndicatorAttribution {
  /** Drivers with `points` in index points; they plus `remainder` sum to `scoreEffect` (up to rounding). */
  readonly drivers: readonly IndicatorDriver[];
  readonly remainder: number;
}

export interface IndexChangeExplanation extends Omit<IndexChangeAttribution, 'indicators'> {
  /** Indicators by |change|, largest first. */
  readonly indicators: readonly IndicatorChangeDrivers[];
}

/**
 * "What moved the index and why": attributes I(to) − I(from) to indicators (attributeIndexChange)
 * and each indicator's score effect to its events or observations (explainIndicatorChange), rescaled
 * to index points with the indicator's `indexPointsPerScorePoint`. Coverage effects have no events
 * behind them; they are reported per indicator.
 *
 * @param prepared the evidence the index was scored from
 * @param index    the index (same indicators and evidence)
 * @param options  `limit`: drivers kept per indicator (the rest go to `remainder`)
 */
export function explainIndexChange(
  prepared: PreparedEvidence,
  index: CompactIndexSeries,
  from: string,
  to: string,
  options: DriverOptions = {},
): IndexChangeExplanation {
  const attribution = attributeIndexChange(index, from, to);
  const indicators = attribution.indicators.map((indicator): IndicatorChangeDrivers => {
    if (indicator.status !== 'both' || indicator.indexPointsPerScorePoint === 0) {
      return { ...indicator, drivers: [], remainder: 0 };
    }
    const factor = indicator.indexPointsPerScorePoint;
    const explanation = explainIndicatorChange(prepared, indicator.key, from, to, options);
    return {
      ...indicator,
      drivers: explanation.drivers.map((d) => ({ ...d, points: d.points * factor })),
      remainder: explanation.remainder * factor,
    };
  });
  indicators.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return { ...attribution, indicators };
}
