import { FRESHNESS_STATES, type FreshnessState } from '../freshness/freshness';
import { dayIndex } from '../model/series';
import type { ScoredHistoryV2 } from './score-v2';

/** Evidence freshness of every indicator on one day (for index responses, overview, digests). */
export interface IndicatorFreshness {
  readonly key: string;
  readonly state: FreshnessState;
  /** "No new evidence for N days"; null when the indicator was never looked at. */
  readonly daysSinceEvidence: number | null;
  readonly inComposite: boolean;
  readonly staleVintage: boolean;
  readonly unknownLapsed: boolean;
  /** Extra half-width of the uncertainty band, score points. */
  readonly spread: number;
}

export interface FreshnessOnDay {
  readonly date: string;
  readonly indicators: readonly IndicatorFreshness[];
  /** Share of indicators in the composite (by count). */
  readonly coverage: number;
}

/** Freshness per indicator on `date`, or null when the date is outside the history. */
export function freshnessOnDay(history: ScoredHistoryV2, date: string): FreshnessOnDay | null {
  const t = dayIndex(history.from, history.days, date);
  if (t < 0) return null;
  const indicators = history.series.map((s): IndicatorFreshness => {
    const state = FRESHNESS_STATES[s.freshness[t]];
    return {
      key: s.key,
      state,
      daysSinceEvidence: s.daysSinceTouch[t] < 0 ? null : s.daysSinceTouch[t],
      inComposite: !Number.isNaN(s.values[t]),
      staleVintage: s.staleVintage[t] === 1,
      unknownLapsed: s.unknownLapsed[t] === 1,
      spread: s.spread[t],
    };
  });
  const covered = indicators.filter((i) => i.inComposite).length;
  return { date, indicators, coverage: indicators.length === 0 ? 0 : covered / indicators.length };
}
