import { parseDay } from '../dates/calendar-day';
import type { CompactIndexSeries } from '../composite/composite-index';
import { attributeIndexChange, type IndicatorAttribution } from '../explain/index-attribution';
import { secantSlope } from '../explain/indicator-drivers';
import { dayIndex } from '../model/series';
import { UNMONITORED, freshDecayClock } from '../freshness/freshness';
import { findIndicatorV2 } from './explain-score-v2';
import { incrementPressures } from './event-fraction';
import { indicatorDayState } from './indicator-state';
import type { PreparedEvidenceV2, PreparedIndicatorV2 } from './prepare-v2';
import type { ScoredHistoryV2 } from './score-v2';

/**
 * "What changed" between two days, telling decay from news. An indicator's change splits exactly:
 *
 *   s = F + (100 − F)·g  ⇒  Δs = ΔF·(1 − ḡ) + (100 − F̄)·Δg          (midpoint identity)
 *
 *   baseline     ΔB·(1 − ḡ), and the stage excess F − B when only B moved under it
 *   newEvidence  (100 − F̄)·m·Δx_j of impact increments that started in (from, to], a new stage
 *                (Δ(F − B)·(1 − ḡ)), a new metric observation
 *   fading       (100 − F̄)·m·Δx_j^cal of older increments: their decay had every day of the window
 *                counted (0 while held)
 *   staleness    (100 − F̄)·m·(Δx_j − Δx_j^cal) of older increments: the decay withheld on the
 *                window's stale and unmonitored days (ended events age only on fresh days)
 * where m is the secant slope of g = 1 − e^(−x/k) between the two pressures, so Σ m·Δx_j = Δg
 * exactly. At index level each indicator's score effect is scaled by its index points per score
 * point; coverage effects (indicators leaving or entering the composite, the peak channel moving)
 * go to `staleness` when an indicator became or stopped being unmonitored, else to `reweighting`.
 * The parts sum to the change.
 */
export interface ChangeParts {
  readonly newEvidence: number;
  readonly fading: number;
  readonly baseline: number;
  readonly staleness: number;
}

export interface IndicatorChangeV2 extends ChangeParts {
  readonly key: string;
  readonly scoreFrom: number;
  readonly scoreTo: number;
  readonly change: number;
}

/** Splits the change of one indicator's version-2 score from `from` to `to`. */
export function explainIndicatorChangeV2(prepared: PreparedEvidenceV2, key: string, from: string, to: string): IndicatorChangeV2 {
  return indicatorChange(findIndicatorV2(prepared, key), parseDay(from), parseDay(to));
}

function indicatorChange(indicator: PreparedIndicatorV2, d0: number, d1: number): IndicatorChangeV2 {
  const a = indicatorDayState(indicator, d0);
  const b = indicatorDayState(indicator, d1);
  const gMid = (a.eventFraction + b.eventFraction) / 2;
  const headroom = 100 - (a.floor + b.floor) / 2;
  const dB = b.baseline - a.baseline;
  const dExcess = b.floor - b.baseline - (a.floor - a.baseline);
  let baseline = dB * (1 - gMid);
  let newEvidence = 0;
  if (b.stageLevel !== a.stageLevel) newEvidence += dExcess * (1 - gMid);
  else baseline += dExcess * (1 - gMid);
  let fading = 0;
  let staleness = 0;
  const families = indicator.families;
  const p = indicator.pressureParameters;
  if (families !== null && p !== null) {
    const k = p.saturation;
    const x0 = incrementPressures(indicator, d0);
    const x1 = incrementPressures(indicator, d1);
    const m = secantSlope(a.eventFraction, b.eventFraction, x0.total, x1.total, (x) => Math.exp(-x / k) / k);
    const early = Math.min(d0, d1);
    const late = Math.max(d0, d1);
    const sign = d1 >= d0 ? 1 : -1;
    const xEarly = d1 >= d0 ? x0 : x1;
    const clock = freshDecayClock(indicator.freshness);
    for (let j = 0; j < families.spans.count; j++) {
      const dx = x1.perIncrement[j] - x0.perIncrement[j];
      const start = families.spans.start[j];
      if (start > early && start <= late) {
        newEvidence += headroom * m * dx;
        continue;
      }
      // decay over the window had every day counted, from the early day's pressure
      const from = Math.max(early, families.spans.end[j]);
      const days = late - from;
      if (days <= 0 || clock.daysBetween(from, late) === days) {
        fading += headroom * m * dx;
        continue;
      }
      const calendarDx = sign * xEarly.perIncrement[j] * (Math.pow(2, -days / p.halfLifeDays) - 1);
      fading += headroom * m * calendarDx;
      staleness += headroom * m * (dx - calendarDx);
    }
  } else {
    newEvidence += headroom * (b.eventFraction - a.eventFraction); // a metric: a new observation
  }
  return { key: indicator.key, scoreFrom: a.score, scoreTo: b.score, change: b.score - a.score, newEvidence, fading, baseline, staleness };
}

export interface IndexChangePartsV2 extends ChangeParts {
  /** Coverage and peak-channel effects not caused by monitoring. */
  readonly reweighting: number;
}

export interface IndexChangeV2 {
  readonly from: string;
  readonly to: string;
  readonly indexFrom: number;
  readonly indexTo: number;
  readonly change: number;
  /** Sum over indicators; newEvidence + fading + baseline + staleness + reweighting = change. */
  readonly parts: IndexChangePartsV2;
  readonly indicators: readonly (IndicatorAttribution & { readonly parts: IndexChangePartsV2; readonly monitoringChanged: boolean })[];
}

/** "What changed" in the version-2 index from `from` to `to` (see above). */
export function explainIndexChangeV2(
  prepared: PreparedEvidenceV2,
  history: ScoredHistoryV2,
  index: CompactIndexSeries,
  from: string,
  to: string,
): IndexChangeV2 {
  const attribution = attributeIndexChange(index, from, to);
  const t0 = dayIndex(history.from, history.days, from);
  const t1 = dayIndex(history.from, history.days, to);
  const unmonitored = (i: number, t: number) => history.series[i].freshness[t] === UNMONITORED;
  const monitoringMoved = history.series.some((_, i) => unmonitored(i, t0) !== unmonitored(i, t1));
  const total = { newEvidence: 0, fading: 0, baseline: 0, staleness: 0, reweighting: 0 };
  const indicators = attribution.indicators.map((ind, i) => {
    const parts = { newEvidence: 0, fading: 0, baseline: 0, staleness: 0, reweighting: 0 };
    if (ind.status === 'both' && ind.scoreEffect !== 0) {
      const c = indicatorChange(prepared.indicators[i], parseDay(from), parseDay(to));
      const f = ind.indexPointsPerScorePoint;
      parts.newEvidence = c.newEvidence * f;
      parts.fading = c.fading * f;
      parts.baseline = c.baseline * f;
      parts.staleness = c.staleness * f;
    }
    // whatever the score parts do not explain (coverage, peak moving, rounding) is reweighting or staleness
    const rest = ind.change - (parts.newEvidence + parts.fading + parts.baseline + parts.staleness);
    if (monitoringMoved) parts.staleness += rest;
    else parts.reweighting += rest;
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += parts[k];
    return { ...ind, parts, monitoringChanged: unmonitored(i, t0) !== unmonitored(i, t1) };
  });
  return { from, to, indexFrom: attribution.indexFrom, indexTo: attribution.indexTo, change: attribution.change, parts: total, indicators };
}
