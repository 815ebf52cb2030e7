import { companyIndexSeries, rankCompanyActions, type Footprint } from '@kem/scoring';
import type { IndexFrame } from './freshness-views';
import { actionPlanView, type ActionRanker } from './index-summary';

/**
 * A company's index as a frame: the frame's indicator scores (and so its freshness) weighted by the
 * footprint's exposure factors on top of the frame's own weights and aggregation, with the actions
 * ranked by what matters for that footprint. `names` words the reasons of the ranking.
 * @throws ScoringParameterError for an invalid footprint
 */
export function companyFrame(
  frame: IndexFrame,
  footprint: Footprint,
  names: Readonly<Record<string, string>> = {},
): { frame: IndexFrame; actions: ActionRanker } {
  const country = frame.index;
  const weights = Object.fromEntries(country.keys.map((key, i) => [key, country.weights[i]]));
  const series = companyIndexSeries(frame.scores.history, weights, footprint, {
    aggregation: country.aggregation,
    geometricOffset: country.geometricOffset,
    peakChannel: country.peakChannel,
  });
  const actions: ActionRanker = (value, scores) => {
    const plan = rankCompanyActions(value, scores, series.factors, names);
    return plan ? actionPlanView(plan.bandActions, plan.channels) : null;
  };
  return { frame: { ...frame, index: series.company }, actions };
}
