import type { ActionCatalogue } from '../bands/action-catalogue';
import { DEFAULT_BAND_SCALE, classifyBand, type BandDefinition, type BandScale } from '../bands/band-scale';
import { matchCatalogue, type ActionRecommendation, type IndicatorActions } from '../bands/match-catalogue';
import { DEFAULT_ACTION_CATALOGUE } from '../bands/recommend-actions';
import type { ExposureFactor } from './exposure-rule';

/**
 * Due-diligence actions ranked by what matters for one footprint. The catalogue is the country's
 * (band actions, indicator rules by minimum band); the footprint changes two things:
 *   threshold  a channel with factor e ≥ HIGH_EXPOSURE triggers its rules one band earlier (a High
 *              rule from Elevated); one with e < LOW_EXPOSURE one band later;
 *   order      channels are ranked by priority e · s (exposure times the indicator's score), so the
 *              channel that drives the company's own index comes first.
 */
export const HIGH_EXPOSURE = 1.5;
export const LOW_EXPOSURE = 0.5;

export interface CompanyChannelActions extends IndicatorActions {
  readonly factor: number;
  /** e · s. */
  readonly priority: number;
  /** Band from which this channel's rules applied for this footprint. */
  readonly thresholdShift: -1 | 0 | 1;
  /** Why this channel is on the list, in words. */
  readonly why: string;
}

export interface CompanyActionPlan extends Omit<ActionRecommendation, 'indicatorActions'> {
  /** Channels with at least one triggered rule, highest priority first. */
  readonly channels: readonly CompanyChannelActions[];
}

/**
 * @param indexValue the company index I'
 * @param scores     s_i by indicator key on the same day
 * @param names      indicator names for the explanations
 * @throws ScoringParameterError when a rule names a band the scale does not have
 */
export function rankCompanyActions(
  indexValue: number,
  scores: Readonly<Record<string, number>>,
  factors: readonly ExposureFactor[],
  names: Readonly<Record<string, string>> = {},
  catalogue: ActionCatalogue = DEFAULT_ACTION_CATALOGUE,
  scale: BandScale = DEFAULT_BAND_SCALE,
): CompanyActionPlan | null {
  const factorOf = (indicatorKey: string) => factors.find((f) => f.indicatorKey === indicatorKey);
  const exposureOf = (indicatorKey: string) => factorOf(indicatorKey)?.factor ?? 1;
  const shiftOf = (e: number): -1 | 0 | 1 => (e >= HIGH_EXPOSURE ? -1 : e < LOW_EXPOSURE ? 1 : 0);
  const match = matchCatalogue(indexValue, scores, catalogue, scale, (indicatorKey) => shiftOf(exposureOf(indicatorKey)));
  if (match === null) return null;
  const channels = match.indicatorActions.map((indicator): CompanyChannelActions => {
    const { indicatorKey, score } = indicator;
    const e = exposureOf(indicatorKey);
    const shift = shiftOf(e);
    const name = names[indicatorKey] ?? indicatorKey;
    const drivers =
      factorOf(indicatorKey)
        ?.terms.slice(0, 2)
        .map((t) => t.answer) ?? [];
    const exposure =
      shift < 0
        ? `high exposure (×${e.toFixed(2)}${drivers.length ? `: ${drivers.join(', ')}` : ''}), so its actions start one band earlier`
        : `exposure ×${e.toFixed(2)}`;
    const band = classifyBand(score, scale) as BandDefinition;
    return {
      ...indicator,
      factor: e,
      priority: e * score,
      thresholdShift: shift,
      why: `${name} scores ${score.toFixed(1)} (${band.label}); ${exposure}.`,
    };
  });
  channels.sort((a, b) => b.priority - a.priority);
  return { band: match.band, bandActions: match.bandActions, channels };
}
