import { formatDay, type DateRange } from '../dates/calendar-day';
import { baselineSeries } from '../baseline/baseline-series';
import { DEFAULT_STALENESS_SPREAD, UNMONITORED, freshnessSeries, type StalenessSpread } from '../freshness/freshness';
import { createPressureWorkspace, type PressureWorkspace } from '../methods/decaying-pressure';
import { toDayRange } from '../methods/score-indicators';
import { stageLevelSeries } from '../methods/stage';
import type { IndicatorSeries, ScoredHistory } from '../model/series';
import { eventFractionSeries } from './event-fraction';
import type { PreparedEvidenceV2, PreparedIndicatorV2 } from './prepare-v2';

/**
 * Daily scores of method version 2:
 *
 *   B(t)  structural baseline (baseline-series)
 *   F(t)  floor: B(t), or max(B(t), L(t)) for a stage indicator (the stage level L is a floor above B)
 *   g(t)  event part as a fraction of the headroom (event-fraction); ended events age only on
 *         fresh days, so g holds while the indicator is stale or unmonitored (freshness)
 *   s(t)  = F(t) + (100 − F(t)) · g(t)
 *
 * so that with no news a score returns to its baseline, never to 0. `values` (what the composite
 * uses) is s where the indicator is monitored and NaN where it is unmonitored; `score` keeps s for
 * display. A metric without observations scores B when it has a baseline, else has no data (NaN).
 */
export interface IndicatorSeriesV2 extends IndicatorSeries {
  /** s(t) for display, also on unmonitored days (NaN only without data). */
  readonly score: Float64Array;
  readonly baseline: Float64Array;
  /** F(t) (= baseline except for stage indicators). */
  readonly floor: Float64Array;
  /** g(t) (held on stale and unmonitored days). */
  readonly eventFraction: Float64Array;
  /** FRESH / STALE / UNMONITORED (freshness.ts). */
  readonly freshness: Uint8Array;
  /** Days since the latest event, observation or review (-1: never). */
  readonly daysSinceTouch: Int32Array;
  /** Extra half-width of the uncertainty band, score points. */
  readonly spread: Float64Array;
  /** 1 where a baseline component is older than its expected vintage, a prior or missing. */
  readonly staleVintage: Uint8Array;
  /** 1 where an event of unknown status has outlived its hold and is decaying (about 4.3 half-lives). */
  readonly unknownLapsed: Uint8Array;
}

export interface ScoredHistoryV2 extends ScoredHistory {
  readonly methodVersion: 2;
  readonly asOf: string | null;
  readonly series: readonly IndicatorSeriesV2[];
}

export interface ScoreV2Options {
  readonly stalenessSpread?: StalenessSpread;
}

/** Days an unknown-status family stays flagged after its hold: until its impact is below 5 % (log2 20 half-lives). */
const LAPSE_FLAG_HALF_LIVES = Math.log2(20);

/** Version-2 scores of one prepared indicator for t = fromDay … fromDay + days − 1. */
export function scoreIndicatorV2(
  indicator: PreparedIndicatorV2,
  fromDay: number,
  days: number,
  options: ScoreV2Options = {},
  workspace: PressureWorkspace = createPressureWorkspace(days),
): IndicatorSeriesV2 {
  const staleVintage = new Uint8Array(days);
  const baseline = baselineSeries(indicator.baseline, fromDay, days, new Float64Array(days), staleVintage);
  let floor = baseline;
  if (indicator.stage !== null) {
    const levels = stageLevelSeries({ stageEvents: indicator.stage.events, stageLevels: indicator.stage.levels }, fromDay, days);
    floor = new Float64Array(days);
    for (let i = 0; i < days; i++) floor[i] = levels[i] > baseline[i] ? levels[i] : baseline[i];
  }
  const eventFraction = eventFractionSeries(indicator, fromDay, days, new Float64Array(days), workspace);
  const fresh = freshnessSeries(indicator.freshness, fromDay, days, options.stalenessSpread ?? DEFAULT_STALENESS_SPREAD);
  const hasBaseline = indicator.baseline.components.length > 0;
  const score = new Float64Array(days);
  const values = new Float64Array(days);
  for (let i = 0; i < days; i++) {
    if (Number.isNaN(eventFraction[i]) && hasBaseline) eventFraction[i] = 0;
    const s = floor[i] + (100 - floor[i]) * eventFraction[i];
    score[i] = s;
    values[i] = fresh.state[i] === UNMONITORED ? Number.NaN : s;
  }
  return {
    key: indicator.key,
    from: formatDay(fromDay),
    values,
    score,
    baseline,
    floor,
    eventFraction,
    freshness: fresh.state,
    daysSinceTouch: fresh.age,
    spread: fresh.spread,
    staleVintage,
    unknownLapsed: unknownLapsedSeries(indicator, fromDay, days),
  };
}

function unknownLapsedSeries(indicator: PreparedIndicatorV2, fromDay: number, days: number): Uint8Array {
  const flags = new Uint8Array(days);
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families === null || p === null) return flags;
  const span = Math.ceil(p.halfLifeDays * LAPSE_FLAG_HALF_LIVES);
  const open = new Int32Array(days + 1); // +1 where a flagged stretch starts, −1 after it ends
  for (const family of families.families) {
    if (!family.lapsedUnknown) continue;
    const from = Math.max(fromDay, family.endDay + 1);
    const to = Math.min(fromDay + days - 1, family.endDay + span);
    if (from > to) continue;
    open[from - fromDay]++;
    open[to - fromDay + 1]--;
  }
  let active = 0;
  for (let i = 0; i < days; i++) {
    active += open[i];
    flags[i] = active > 0 ? 1 : 0;
  }
  return flags;
}

/** Scores every indicator over `range` by method version 2. */
export function scorePreparedV2(prepared: PreparedEvidenceV2, range: DateRange, options: ScoreV2Options = {}): ScoredHistoryV2 {
  const { fromDay, days } = toDayRange(range);
  const workspace = createPressureWorkspace(days);
  return {
    methodVersion: 2,
    asOf: prepared.asOf,
    from: formatDay(fromDay),
    to: formatDay(fromDay + days - 1),
    days,
    series: prepared.indicators.map((indicator) => scoreIndicatorV2(indicator, fromDay, days, options, workspace)),
  };
}
