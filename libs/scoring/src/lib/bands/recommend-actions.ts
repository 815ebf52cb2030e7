import type { ActionCatalogue } from './action-catalogue';
import { DEFAULT_BAND_SCALE, type BandScale } from './band-scale';
import { DEFAULT_BAND_ACTIONS } from './default-band-actions';
import { DEFAULT_INDICATOR_ACTION_RULES } from './default-indicator-actions';
import { matchCatalogue, type ActionRecommendation } from './match-catalogue';

/** Band actions and indicator rules for the default indicators and bands. */
export const DEFAULT_ACTION_CATALOGUE: ActionCatalogue = {
  bandActions: DEFAULT_BAND_ACTIONS,
  indicatorRules: DEFAULT_INDICATOR_ACTION_RULES,
};

export type { ActionRecommendation, IndicatorActions } from './match-catalogue';

/**
 * Due-diligence actions for an index value and the indicator scores behind it, looked up in the
 * catalogue (data, not code): the actions of the index's band, plus for each indicator the actions of
 * every rule whose `minBand` its own score has reached (same band scale).
 * @param indexValue I (NaN → null)
 * @param scores     s_i by indicator key, e.g. IndexPoint.scores
 * @throws ScoringParameterError when a rule names a band the scale does not have
 */
export function recommendActions(
  indexValue: number,
  scores: Readonly<Record<string, number>>,
  catalogue: ActionCatalogue = DEFAULT_ACTION_CATALOGUE,
  scale: BandScale = DEFAULT_BAND_SCALE,
): ActionRecommendation | null {
  const match = matchCatalogue(indexValue, scores, catalogue, scale);
  if (match === null) return null;
  return { ...match, indicatorActions: [...match.indicatorActions].sort((a, b) => b.score - a.score) };
}
