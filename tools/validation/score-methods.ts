/**
 * Scores the loaded evidence by method version 1 and version 2 over the validation range.
 */
import {
  DEFAULT_INDICATORS,
  METHOD_V2,
  computeIndex,
  curationReviews,
  defaultWeights,
  prepareEvidence,
  prepareEvidenceV2,
  scorePrepared,
  scorePreparedV2,
  type CompactIndexSeries,
  type EvidenceReview,
  type IndicatorDefinition,
  type PreparedEvidenceV2,
  type ScoredHistoryV2,
} from '../../libs/scoring/src';
import type { LoadedData } from './load-data';

export const CURATED_THROUGH = '2025-12-31';

export interface Scored {
  readonly v1: CompactIndexSeries;
  readonly v2: CompactIndexSeries;
  readonly v2History: ScoredHistoryV2;
  readonly v2Prepared: PreparedEvidenceV2;
  readonly reviews: EvidenceReview[];
  readonly reviewedThrough: Record<string, string>;
}

/**
 * Reviews standing for the curation, the same rule the API applies (libs/api-index
 * evidence-snapshot.ts, CURATION_RULE): each indicator counts as reviewed from 2014 through its
 * latest curated evidence (event date or report day), one review a week — and not a day further.
 * CURATED_THROUGH stays only as the fallback of an indicator without any curated event.
 */
export function curationReviewsOf(data: LoadedData, from: string): { reviews: EvidenceReview[]; reviewedThrough: Record<string, string> } {
  const through: Record<string, string> = {};
  for (const e of data.events) {
    const last = e.recordedAt && e.recordedAt > e.date ? e.recordedAt : e.date;
    if (last > (through[e.indicatorKey] ?? '')) through[e.indicatorKey] = last;
  }
  for (const d of DEFAULT_INDICATORS) through[d.key] ??= CURATED_THROUGH;
  const reviews = Object.entries(through).flatMap(([key, to]) => curationReviews([key], from, to, 7));
  return { reviews, reviewedThrough: through };
}

export function scoreV2(
  data: LoadedData,
  range: { from: string; to: string },
  reviews: EvidenceReview[],
  definitions: readonly IndicatorDefinition[] = METHOD_V2.indicators,
  asOf: string = range.to,
  peakChannel: number = METHOD_V2.peakChannel,
): { prepared: PreparedEvidenceV2; history: ScoredHistoryV2; index: CompactIndexSeries } {
  const prepared = prepareEvidenceV2(
    definitions,
    { events: data.events, observations: data.observations, reviews, structural: data.structural },
    { asOf },
  );
  const history = scorePreparedV2(prepared, range, { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined });
  const index = computeIndex(history, defaultWeights(definitions), { peakChannel });
  return { prepared, history, index };
}

export function scoreBoth(data: LoadedData, range: { from: string; to: string }): Scored {
  const v1Evidence = { events: data.events, observations: data.observations };
  const v1 = computeIndex(scorePrepared(prepareEvidence(DEFAULT_INDICATORS, v1Evidence), range), defaultWeights(DEFAULT_INDICATORS));
  const { reviews, reviewedThrough } = curationReviewsOf(data, range.from);
  const v2 = scoreV2(data, range, reviews);
  return { v1, v2: v2.index, v2History: v2.history, v2Prepared: v2.prepared, reviews, reviewedThrough };
}
