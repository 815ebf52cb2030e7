/** The keys of the eight default indicators, as the API seeds them. */
export const DEFAULT_INDICATOR_KEYS = [
  'foreign_agent',
  'csto_military',
  'cpc_pipeline',
  'trade_russia',
  'civil_liberties',
  'sovereignty_rhetoric',
  'infrastructure',
  'internal_unrest',
];

/** Weights of a profile that counts only the given indicators, 50 each, and every other default one at 0. */
export const weightsOnly = (...keys: string[]) => Object.fromEntries(DEFAULT_INDICATOR_KEYS.map((k) => [k, keys.includes(k) ? 50 : 0]));
