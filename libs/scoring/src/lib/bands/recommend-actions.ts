import { ScoringParameterError } from '../errors';
import type { ActionCatalogue, DueDiligenceAction } from './action-catalogue';
import { DEFAULT_BAND_SCALE, bandRank, classifyBand, validateBandScale, type BandDefinition, type BandScale } from './band-scale';
import { DEFAULT_BAND_ACTIONS } from './default-band-actions';
import { DEFAULT_INDICATOR_ACTION_RULES } from './default-indicator-actions';

/** Band actions and indicator rules for the default indicators and bands. */
export const DEFAULT_ACTION_CATALOGUE: ActionCatalogue = {
  bandActions: DEFAULT_BAND_ACTIONS,
  indicatorRules: DEFAULT_INDICATOR_ACTION_RULES,
};

export interface IndicatorActions {
  readonly indicatorKey: string;
  readonly score: number;
  /** Band of the indicator's own score. */
  readonly band: string;
  readonly actions: readonly DueDiligenceAction[];
}

export interface ActionRecommendation {
  readonly band: BandDefinition;
  readonly bandActions: readonly DueDiligenceAction[];
  /** Indicators with at least one triggered rule, highest score first. */
  readonly indicatorActions: readonly IndicatorActions[];
}

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
  validateBandScale(scale);
  const band = classifyBand(indexValue, scale);
  if (band === null) return null;
  const byIndicator = new Map<string, DueDiligenceAction[]>();
  catalogue.indicatorRules.forEach((rule, i) => {
    const minRank = bandRank(rule.minBand, scale);
    if (minRank < 0) throw new ScoringParameterError(`indicatorRules[${i}].minBand`, 'must be a band of the scale', rule.minBand);
    const score = scores[rule.indicatorKey];
    if (score === undefined || Number.isNaN(score)) return;
    const indicatorBand = classifyBand(score, scale) as BandDefinition;
    if (bandRank(indicatorBand.key, scale) < minRank) return;
    const actions = byIndicator.get(rule.indicatorKey) ?? [];
    for (const action of rule.actions) if (!actions.some((a) => a.id === action.id)) actions.push(action);
    byIndicator.set(rule.indicatorKey, actions);
  });
  const indicatorActions = [...byIndicator].map(([indicatorKey, actions]) => ({
    indicatorKey,
    score: scores[indicatorKey],
    band: (classifyBand(scores[indicatorKey], scale) as BandDefinition).key,
    actions,
  }));
  indicatorActions.sort((a, b) => b.score - a.score);
  return { band, bandActions: catalogue.bandActions[band.key] ?? [], indicatorActions };
}
