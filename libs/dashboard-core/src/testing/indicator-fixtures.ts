import { IndicatorView } from '@kem/contracts';
import { DEFAULT_INDICATORS } from '@kem/scoring';

/** A default indicator as GET /api/indicators serves it: the engine's own definition, with any change a test needs. */
export function indicatorView(key: string, overrides: Partial<IndicatorView> = {}): IndicatorView {
  const definition = DEFAULT_INDICATORS.find((i) => i.key === key);
  if (!definition) throw new Error(`no default indicator ${key}`);
  const { name, category, description, method, defaultWeight } = definition;
  return { key, name, category, description, method, defaultWeight, ...overrides };
}

/** Event pressure (h 60 days, k 8, weight 18). */
export const CPC = indicatorView('cpc_pipeline');
/** A metric between goalposts (10–40 %, weight 15). */
export const TRADE = indicatorView('trade_russia');
/** Event pressure (h 180 days, k 12, weight 14). */
export const CSTO = indicatorView('csto_military');
/** Legislative stages with enforcement events (weight 12). */
export const FOREIGN_AGENT = indicatorView('foreign_agent');
