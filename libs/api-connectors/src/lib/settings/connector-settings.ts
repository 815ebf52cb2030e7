import type { HttpSettings } from '../http/http-transport';

/** One GDELT DOC query whose daily news volume becomes an observation series. */
export interface GdeltQuery {
  /** GDELT DOC query syntax: "phrases", (a OR b), sourcecountry:KZ, theme:PROTEST; space = AND. */
  readonly query: string;
  readonly indicatorKey: string;
  readonly series: string;
}

/** GDELT DOC 2.0 API (timelinevol). */
export interface GdeltSettings {
  /** The DOC endpoint, e.g. https://api.gdeltproject.org/api/v2/doc/doc */
  readonly baseUrl: string;
  /** GDELT asks for at most one request every 5 s. */
  readonly minIntervalMs: number;
  readonly queries: readonly GdeltQuery[];
}

/** One World Bank WDI indicator mapped onto an indicator's context series. */
export interface WorldBankIndicator {
  /** WDI id, e.g. NE.TRD.GNFS.ZS */
  readonly id: string;
  readonly indicatorKey: string;
  readonly series: string;
  readonly unit: string;
}

/** World Bank Indicators API v2. */
export interface WorldBankSettings {
  /** e.g. https://api.worldbank.org/v2 */
  readonly baseUrl: string;
  /** ISO3 country code, KAZ. */
  readonly countryCode: string;
  readonly perPage: number;
  /** More pages than this is treated as a malformed answer rather than followed. */
  readonly maxPages: number;
  readonly minIntervalMs: number;
  readonly indicators: readonly WorldBankIndicator[];
}

/** A trade partner whose share of the reporter's total trade becomes a series. */
export interface ComtradePartner {
  /** UN M49 code, e.g. 643 Russia, 156 China. */
  readonly code: number;
  readonly name: string;
  readonly indicatorKey: string;
  readonly series: string;
}

/** UN Comtrade API v1: annual (A) goods (C) trade, HS, all commodities (TOTAL), imports M and exports X. */
export interface ComtradeSettings {
  /** e.g. https://comtradeapi.un.org */
  readonly baseUrl: string;
  /** With a key the keyed /data/v1/get endpoint is used (sent as a header); without, /public/v1/preview. */
  readonly subscriptionKey: string | null;
  /** 398 Kazakhstan. */
  readonly reporterCode: number;
  /** 0 World: the denominator of every share. */
  readonly worldPartnerCode: number;
  readonly partners: readonly ComtradePartner[];
  /** Years per request; longer windows are split. */
  readonly maxPeriodsPerRequest: number;
  readonly minIntervalMs: number;
}

/** One RSS 2.0 / RSS 1.0 / Atom feed. */
export interface FeedSource {
  /** Shown as the event's source name, e.g. "Eurasianet – Kazakhstan". */
  readonly name: string;
  readonly url: string;
  /**
   * For general feeds (e.g. RFE/RL world news): an item is kept only if it also mentions one of
   * these (Kazakhstan, Astana, Tokayev…). Null for feeds that are about Kazakhstan already.
   */
  readonly relevanceKeywords: readonly string[] | null;
}

/**
 * Keywords that route a news item to an indicator. Matching is case-insensitive, treats ё as е,
 * and anchors each word of a keyword at a word start while letting it continue, so stems match
 * inflections: 'иностранн агент' matches «иностранного агента», 'protest' matches "protesters".
 */
export interface KeywordRule {
  readonly indicatorKey: string;
  readonly keywords: readonly string[];
}

/** RSS / Atom feeds → keyword-matched draft events. */
export interface RssSettings {
  readonly feeds: readonly FeedSource[];
  readonly keywordRules: readonly KeywordRule[];
  readonly summaryMaxChars: number;
  readonly minIntervalMs: number;
}

/** Everything `createConnectors` needs, one section per connector plus the shared HTTP client. */
export interface ConnectorSettings {
  readonly http: HttpSettings;
  readonly gdelt: GdeltSettings;
  readonly worldbank: WorldBankSettings;
  readonly comtrade: ComtradeSettings;
  readonly rss: RssSettings;
}

/** Per-section overrides of the defaults (each section merged shallowly). */
export type ConnectorSettingsOverrides = { readonly [K in keyof ConnectorSettings]?: Partial<ConnectorSettings[K]> };
