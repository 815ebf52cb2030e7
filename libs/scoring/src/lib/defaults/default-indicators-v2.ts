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
 *   reviewIntervalDays   how often someone must look: 30 days where news is daily and disruptions
 *                        matter within weeks (CPC, unrest), 60 for legislation, rights and rhetoric,
 *                        90 for slow structural channels (trade, power and gas, military posture)
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
 * as migrated with statuses and follow-up links (204 events, as of 2026-12-03), with the version-2 memory rules.
 * `npm run validate` refits them and reports any drift; the backtest refits on ≤ 2020 only.
 */
export const SATURATION_FIT_V2: Readonly<
  Record<string, { readonly saturation: number; readonly basis: 'fitted' | 'argued'; readonly note: string }>
> = {
  cpc_pipeline: { saturation: 22.5, basis: 'fitted', note: 'p95 of active-day pressure 15.56 (1,569 active days) / ln 2' },
  trade_russia: { saturation: 8.7, basis: 'fitted', note: 'p95 of active-day pressure 6.04 (4,235 active days) / ln 2' },
  csto_military: { saturation: 13.2, basis: 'fitted', note: 'p95 of active-day pressure 9.13 (3,969 active days) / ln 2' },
  foreign_agent: { saturation: 5.3, basis: 'fitted', note: 'p95 of active-day pressure 3.69 (3,298 active days) / ln 2' },
  civil_liberties: { saturation: 18.2, basis: 'fitted', note: 'p95 of active-day pressure 12.64 (4,202 active days) / ln 2' },
  sovereignty_rhetoric: { saturation: 10.3, basis: 'fitted', note: 'p95 of active-day pressure 7.17 (3,237 active days) / ln 2' },
  infrastructure: { saturation: 12.1, basis: 'fitted', note: 'p95 of active-day pressure 8.41 (2,813 active days) / ln 2' },
  internal_unrest: { saturation: 12.0, basis: 'fitted', note: 'p95 of active-day pressure 8.32 (4,018 active days) / ln 2' },
};

const SETTINGS: Readonly<Record<string, Omit<V2Settings, 'saturation'>>> = {
  cpc_pipeline: { reviewIntervalDays: 30, unknownHoldDays: 60 },
  trade_russia: { reviewIntervalDays: 90, unknownHoldDays: 90 },
  csto_military: { reviewIntervalDays: 90, unknownHoldDays: 30 },
  foreign_agent: { reviewIntervalDays: 60, unknownHoldDays: 90 },
  civil_liberties: { reviewIntervalDays: 60, unknownHoldDays: 60 },
  sovereignty_rhetoric: { reviewIntervalDays: 60, unknownHoldDays: 30 },
  infrastructure: { reviewIntervalDays: 90, unknownHoldDays: 90 },
  internal_unrest: { reviewIntervalDays: 30, unknownHoldDays: 14 },
};

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
