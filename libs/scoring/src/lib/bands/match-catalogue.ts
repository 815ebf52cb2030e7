import { ScoringParameterError } from '../errors';
import type { ActionCatalogue, DueDiligenceAction } from './action-catalogue';
import { bandRank, classifyBand, validateBandScale, type BandDefinition, type BandScale } from './band-scale';

/** An indicator with at least one triggered rule: the actions of those rules, each once, in catalogue order. */
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
  /** Indicators with at least one triggered rule (matchCatalogue: in the order of their first rule; recommendActions: highest score first). */
  readonly indicatorActions: readonly IndicatorActions[];
}

/**
 * Looks an index value and its indicator scores up in the action catalogue: the actions of the
 * index's band, and every indicator rule whose `minBand` (moved by `bandShift` bands for the
 * indicator, −1 = one band earlier) the indicator's own score has reached.
 * @returns null when the index has no value (NaN)
 * @throws ScoringParameterError when a rule names a band the scale does not have
 */
export function matchCatalogue(
  indexValue: number,
  scores: Readonly<Record<string, number>>,
  catalogue: ActionCatalogue,
  scale: BandScale,
  bandShift: (indicatorKey: string) => number = () => 0,
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
    if (bandRank(indicatorBand.key, scale) < minRank + bandShift(rule.indicatorKey)) return;
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
  return { band, bandActions: catalogue.bandActions[band.key] ?? [], indicatorActions };
}
