import type { HttpSettings } from '../http/http-transport';
import type {
  ComtradeSettings,
  ConnectorSettings,
  ConnectorSettingsOverrides,
  GdeltSettings,
  WorldBankSettings,
} from './connector-settings';
import { DEFAULT_RSS_SETTINGS } from './default-rss-settings';

/** Shared HTTP client defaults: 20 s timeout, 3 attempts, backoff from 2 s, 1 s between requests to a host. */
export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  userAgent: 'KazakhstanExposureMonitor/0.1 (geopolitical risk dashboard; data connectors)',
  timeoutMs: 20_000,
  maxAttempts: 3,
  backoffBaseMs: 2_000,
  backoffMaxMs: 30_000,
  maxRetryAfterMs: 120_000,
  defaultMinIntervalMs: 1_000,
};

/**
 * GDELT topic queries, one per event indicator: the news volume is context ("attention") for the
 * analyst, not a score input of event-pressure indicators. Space means AND in GDELT's syntax.
 */
export const DEFAULT_GDELT_SETTINGS: GdeltSettings = {
  baseUrl: 'https://api.gdeltproject.org/api/v2/doc/doc',
  // GDELT asks for one request per 5 s; the extra second absorbs jitter between our clock and theirs.
  minIntervalMs: 6_000,
  queries: [
    {
      query: '"Kazakhstan" (CSTO OR "Collective Security Treaty" OR "Russian troops")',
      indicatorKey: 'csto_military',
      series: 'gdelt_news_volume',
    },
    {
      query: '("Caspian Pipeline Consortium" OR "CPC pipeline" OR "CPC terminal")',
      indicatorKey: 'cpc_pipeline',
      series: 'gdelt_news_volume',
    },
    {
      query: '"Kazakhstan" ("foreign agent" OR "foreign agents" OR "foreign funding")',
      indicatorKey: 'foreign_agent',
      series: 'gdelt_news_volume',
    },
    { query: '"Kazakhstan" theme:PROTEST', indicatorKey: 'internal_unrest', series: 'gdelt_news_volume' },
    {
      query: '"Kazakhstan" (crackdown OR "political prisoners" OR "internet shutdown")',
      indicatorKey: 'civil_liberties',
      series: 'gdelt_news_volume',
    },
    {
      query: '"Kazakhstan" (statehood OR "northern Kazakhstan" OR "territorial claims")',
      indicatorKey: 'sovereignty_rhetoric',
      series: 'gdelt_news_volume',
    },
    { query: '"Kazakhstan" ("power outage" OR blackout OR "gas supply")', indicatorKey: 'infrastructure', series: 'gdelt_news_volume' },
  ],
};

/**
 * World Bank WDI context series. Trade openness and fuel-export concentration sit beside
 * Russia's trade share under `trade_russia` (they amplify what a given share means); net energy
 * imports go under `infrastructure`. None of them is Russia's share itself, so they must not feed
 * the `trade_russia` metric (whose goalposts are for `russia_trade_share`).
 */
export const DEFAULT_WORLD_BANK_SETTINGS: WorldBankSettings = {
  baseUrl: 'https://api.worldbank.org/v2',
  countryCode: 'KAZ',
  perPage: 100,
  maxPages: 20,
  minIntervalMs: 1_000,
  indicators: [
    { id: 'NE.TRD.GNFS.ZS', indicatorKey: 'trade_russia', series: 'wb_trade_pct_gdp', unit: '% of GDP' },
    { id: 'TX.VAL.FUEL.ZS.UN', indicatorKey: 'trade_russia', series: 'wb_fuel_exports_pct', unit: '% of merchandise exports' },
    { id: 'EG.IMP.CONS.ZS', indicatorKey: 'infrastructure', series: 'wb_energy_imports_net_pct', unit: '% of energy use' },
  ],
};

/**
 * UN Comtrade, Kazakhstan (398) as reporter: Russia's share of total goods trade is the
 * `trade_russia` metric series; China's share is a context series beside it.
 */
export const DEFAULT_COMTRADE_SETTINGS: ComtradeSettings = {
  baseUrl: 'https://comtradeapi.un.org',
  subscriptionKey: null,
  reporterCode: 398,
  worldPartnerCode: 0,
  partners: [
    { code: 643, name: 'Russia', indicatorKey: 'trade_russia', series: 'russia_trade_share' },
    { code: 156, name: 'China', indicatorKey: 'trade_russia', series: 'china_trade_share' },
  ],
  maxPeriodsPerRequest: 12,
  minIntervalMs: 1_000,
};

/** All defaults in one object. */
export const DEFAULT_CONNECTOR_SETTINGS: ConnectorSettings = {
  http: DEFAULT_HTTP_SETTINGS,
  gdelt: DEFAULT_GDELT_SETTINGS,
  worldbank: DEFAULT_WORLD_BANK_SETTINGS,
  comtrade: DEFAULT_COMTRADE_SETTINGS,
  rss: DEFAULT_RSS_SETTINGS,
};

/** The defaults with each section's overrides applied (shallow merge per section). */
export function resolveConnectorSettings(overrides: ConnectorSettingsOverrides = {}): ConnectorSettings {
  return {
    http: { ...DEFAULT_CONNECTOR_SETTINGS.http, ...overrides.http },
    gdelt: { ...DEFAULT_CONNECTOR_SETTINGS.gdelt, ...overrides.gdelt },
    worldbank: { ...DEFAULT_CONNECTOR_SETTINGS.worldbank, ...overrides.worldbank },
    comtrade: { ...DEFAULT_CONNECTOR_SETTINGS.comtrade, ...overrides.comtrade },
    rss: { ...DEFAULT_CONNECTOR_SETTINGS.rss, ...overrides.rss },
  };
}
