import type { IndicatorDefinition, ScoringMethod } from '../model/indicator';
import {
  CIVIL_LIBERTIES_BASELINE,
  CPC_BASELINE,
  CSTO_BASELINE,
  FOREIGN_AGENT_BASELINE,
  INFRASTRUCTURE_BASELINE,
  RHETORIC_BASELINE,
  TRADE_BASELINE,
  UNREST_BASELINE,
} from './default-baselines';
import { DEFAULT_INDICATORS, DOUBLING_IMPACTS } from './default-indicators';

/**
 * Version-2 settings per indicator, on top of the version-1 definitions (same keys, names, weights,
 * half-lives and impacts):
 *   baseline             structural baseline (default-baselines.ts)
 *   saturation k         from quantiles of history (calibration/saturation-quantiles.ts: the 95th
 *                        percentile of daily pressure on days with pressure takes half of the
 *                        headroom, clamped to 4..32), fitted on 2014–2025; see SATURATION_FIT_V2
 *   reviewIntervalDays   how often someone must look, from how often real news arrives for the
 *                        channel (REVIEW_INTERVAL_FIT_V2): the 75th percentile of the gaps between
 *                        consecutive evidence days (event or report day) in the curated history,
 *                        rounded up to whole 30-day months, kept within 120–180 days
 *   unknownHoldDays      how long an event of unknown status is held at full impact: about the
 *                        typical duration of such disruptions in the history (CPC mooring repairs
 *                        took about two months; unrest flares last days to weeks)
 * Trade dependence changes kind: version 1 scored Russia's share of total trade as a metric (one
 * observation, none before 2023); version 2 takes the structural share of imports as its baseline
 * and lets events (sanctions, border closures, payment bans) add pressure.
 */
export interface V2Settings {
  readonly saturation: number;
  readonly reviewIntervalDays: number;
  readonly unknownHoldDays: number;
}

/**
 * Saturation constants of version 2, fitted by the quantile rule (calibration/saturation-quantiles.ts:
 * k = p95 of daily pressure on active days / ln 2) on 2014-01-01..2025-12-31 over the curated history
 * as migrated with statuses and follow-up links (204 events, as of 2026-12-03), with the version-2 memory rules
 * (statuses read from the curated `lifecycle` field; an ended follow-up no longer stretches its family's hold).
 * `npm run validate` refits them and reports any drift; the backtest refits on ≤ 2020 only.
 */
export const SATURATION_FIT_V2: Readonly<
  Record<string, { readonly saturation: number; readonly basis: 'fitted' | 'argued'; readonly note: string }>
> = {
  cpc_pipeline: { saturation: 24.9, basis: 'fitted', note: 'p95 of active-day pressure 17.27 (1,608 active days) / ln 2' },
  trade_russia: { saturation: 8.1, basis: 'fitted', note: 'p95 of active-day pressure 5.62 (4,235 active days) / ln 2' },
  csto_military: { saturation: 12, basis: 'fitted', note: 'p95 of active-day pressure 8.30 (3,969 active days) / ln 2' },
  foreign_agent: { saturation: 5.6, basis: 'fitted', note: 'p95 of active-day pressure 3.87 (3,646 active days) / ln 2' },
  civil_liberties: { saturation: 18.1, basis: 'fitted', note: 'p95 of active-day pressure 12.53 (4,202 active days) / ln 2' },
  sovereignty_rhetoric: { saturation: 10.3, basis: 'fitted', note: 'p95 of active-day pressure 7.17 (3,231 active days) / ln 2' },
  infrastructure: { saturation: 9.7, basis: 'fitted', note: 'p95 of active-day pressure 6.73 (2,813 active days) / ln 2' },
  internal_unrest: { saturation: 10.9, basis: 'fitted', note: 'p95 of active-day pressure 7.58 (4,018 active days) / ln 2' },
};

/**
 * The rule behind the review intervals (published on the methodology page).
 *
 * An indicator is stale when it has been silent for longer than its channel is normally silent. The
 * interval is the 75th percentile of the gaps between consecutive evidence days (an event's date or
 * the day it was reported) of the indicator in the curated history (204 events, 2014-02 to 2026-05),
 * rounded up to whole 30-day months and kept within 120–180 days:
 *   - the floor of 120 days (four months): the curated history was researched after the fact and is
 *     thin (one event per indicator every 2–8 months on average), so its gaps measure how densely it
 *     was curated as much as how often news arrives; a shorter interval would put channels with real
 *     monthly news (CPC) out of the composite for a curation gap rather than a lack of monitoring.
 *     Three intervals (a year) without a look still takes any channel out of the composite;
 *   - the cap of 180 days: half a year without anyone looking is stale for any channel, however slow.
 * Unknown-status holds are unchanged (typical duration of such disruptions in the history).
 */
export const REVIEW_INTERVAL_RULE =
  'Review interval = the 75th percentile of the gaps between consecutive evidence days (event date or report day) of the indicator in the curated history (204 events, 2014–2026), rounded up to whole 30-day months and kept within 120–180 days. Stale after one interval without an event, observation or review; unmonitored (left out of the composite) after three. The 120-day floor keeps a thinly curated channel from leaving the composite over a curation gap; the 180-day cap keeps half a year of silence stale for any channel.';

export const REVIEW_INTERVAL_FIT_V2: Readonly<
  Record<string, { readonly reviewIntervalDays: number; readonly p75GapDays: number; readonly note: string }>
> = {
  cpc_pipeline: { reviewIntervalDays: 120, p75GapDays: 42, note: 'p75 gap 42 days (29 events) → 60, raised to the 120-day floor' },
  trade_russia: { reviewIntervalDays: 180, p75GapDays: 181, note: 'p75 gap 181 days (24 events) → 210, capped at 180' },
  csto_military: { reviewIntervalDays: 180, p75GapDays: 302, note: 'p75 gap 302 days (19 events) → 330, capped at 180' },
  foreign_agent: { reviewIntervalDays: 180, p75GapDays: 252, note: 'p75 gap 252 days (16 events) → 270, capped at 180' },
  civil_liberties: { reviewIntervalDays: 120, p75GapDays: 105, note: 'p75 gap 105 days (49 events) → 120' },
  sovereignty_rhetoric: { reviewIntervalDays: 150, p75GapDays: 134, note: 'p75 gap 134 days (24 events) → 150' },
  infrastructure: { reviewIntervalDays: 120, p75GapDays: 118, note: 'p75 gap 118 days (21 events) → 120' },
  internal_unrest: { reviewIntervalDays: 180, p75GapDays: 186, note: 'p75 gap 186 days (22 events) → 210, capped at 180' },
};

const HOLDS: Readonly<Record<string, number>> = {
  cpc_pipeline: 60,
  trade_russia: 90,
  csto_military: 30,
  foreign_agent: 90,
  civil_liberties: 60,
  sovereignty_rhetoric: 30,
  infrastructure: 90,
  internal_unrest: 14,
};

const SETTINGS: Readonly<Record<string, Omit<V2Settings, 'saturation'>>> = Object.fromEntries(
  Object.entries(HOLDS).map(([key, unknownHoldDays]) => [
    key,
    { reviewIntervalDays: REVIEW_INTERVAL_FIT_V2[key].reviewIntervalDays, unknownHoldDays },
  ]),
);

const BASELINES = {
  cpc_pipeline: CPC_BASELINE,
  trade_russia: TRADE_BASELINE,
  csto_military: CSTO_BASELINE,
  foreign_agent: FOREIGN_AGENT_BASELINE,
  civil_liberties: CIVIL_LIBERTIES_BASELINE,
  sovereignty_rhetoric: RHETORIC_BASELINE,
  infrastructure: INFRASTRUCTURE_BASELINE,
  internal_unrest: UNREST_BASELINE,
} as const;

function v2Method(definition: IndicatorDefinition, saturation: number): ScoringMethod {
  const method = definition.method;
  switch (method.kind) {
    case 'event_pressure':
      return { ...method, saturation };
    case 'stage':
      return { ...method, enforcement: { ...method.enforcement, saturation } };
    case 'metric':
      // trade dependence: the share moves into the baseline, events add pressure (half-life of the structural channels)
      return { kind: 'event_pressure', halfLifeDays: 180, saturation, impacts: DOUBLING_IMPACTS };
  }
}

const TRADE_DESCRIPTION_V2 =
  'Russia’s share of Kazakhstan’s imports sets the baseline (10 % scores 0, 50 % scores 100, up to 60 points); sanctions, border closures, payment restrictions and trade deals add pressure on top. A high score means supply chains, payments and prices are exposed to Russian policy, sanctions and secondary-sanctions risk.';

/** The default indicators of method version 2 (same keys and weights as DEFAULT_INDICATORS). */
export const DEFAULT_INDICATORS_V2: readonly IndicatorDefinition[] = DEFAULT_INDICATORS.map((definition): IndicatorDefinition => {
  const key = definition.key as keyof typeof BASELINES;
  return {
    ...definition,
    description: key === 'trade_russia' ? TRADE_DESCRIPTION_V2 : definition.description,
    method: v2Method(definition, SATURATION_FIT_V2[key].saturation),
    baseline: BASELINES[key],
    ...SETTINGS[key],
  };
});
