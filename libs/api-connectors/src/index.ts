// Model and errors
export * from './lib/model/connector';
export * from './lib/model/errors';
// Registry and factory
export { ConnectorRegistry } from './lib/connector-registry';
export { createConnectors, type ConnectorDeps } from './lib/create-connectors';
// Settings
export * from './lib/settings/connector-settings';
export {
  DEFAULT_COMTRADE_SETTINGS,
  DEFAULT_CONNECTOR_SETTINGS,
  DEFAULT_GDELT_SETTINGS,
  DEFAULT_HTTP_SETTINGS,
  DEFAULT_WORLD_BANK_SETTINGS,
  resolveConnectorSettings,
} from './lib/settings/default-settings';
export { DEFAULT_FEEDS, DEFAULT_KEYWORD_RULES, DEFAULT_RSS_SETTINGS, KAZAKHSTAN_MENTIONS } from './lib/settings/default-rss-settings';
// HTTP
export { systemClock, type Clock } from './lib/http/clock';
export {
  HttpTransport,
  type HttpGetOptions,
  type HttpResponse,
  type HttpSettings,
  type HttpTransportDeps,
} from './lib/http/http-transport';
// Connectors, request builders and parsers (the parsers also serve the fixture recorder)
export { GdeltConnector, buildGdeltTimelineUrl } from './lib/gdelt/gdelt-connector';
export { isGdeltThrottleAnswer, parseGdeltTimeline } from './lib/gdelt/gdelt-response';
export { WorldBankConnector, buildWorldBankUrl } from './lib/worldbank/worldbank-connector';
export { parseWorldBankPage, type WorldBankPage } from './lib/worldbank/worldbank-response';
export { ComtradeConnector, buildComtradeUrl } from './lib/comtrade/comtrade-connector';
export { parseComtradeResponse, type ComtradeFlow } from './lib/comtrade/comtrade-response';
export { computeTradeShares, type TradeShare } from './lib/comtrade/trade-shares';
export { RssConnector } from './lib/rss/rss-connector';
export { parseFeed, type FeedItem, type ParsedFeed } from './lib/rss/feed-parser';
export { canonicalizeUrl } from './lib/rss/canonical-url';
export { KeywordMatcher, type KeywordMatch } from './lib/rss/keyword-matcher';
export type { SourceResponse } from './lib/util/response-body';
// Intake: suggestions (indicator, severity, family) and de-duplication for connector items
export {
  DEFAULT_INTAKE_RULES,
  DEFAULT_INDICATOR_KEYWORDS,
  DEFAULT_SEVERITY_CUES,
  DEFAULT_SOURCE_WEIGHTS,
  type IntakeRules,
  type IndicatorKeywords,
  type SeverityCue,
  type SourceWeight,
} from './lib/intake/intake-rules';
export {
  FAMILY_WINDOW_DAYS,
  IntakeSuggester,
  intakeLookupWindow,
  type ExistingEvent,
  type FamilySuggestion,
  type IndicatorSuggestion,
  type IntakeItem,
  type IntakeSuggestion,
  type SeveritySuggestion,
  type SuggestionConfidence,
} from './lib/intake/suggest';
export {
  DEFAULT_MAX_DAYS_APART,
  dedupeBatch,
  findDuplicate,
  type DedupeCandidate,
  type DedupeOptions,
  type DedupeResult,
  type DuplicateMatch,
} from './lib/intake/dedupe';
export {
  DEFAULT_NEAR_DUPLICATE,
  isNearDuplicateTitle,
  titleSimilarity,
  titleStems,
  type NearDuplicateThreshold,
  type TitleSimilarity,
} from './lib/intake/title-similarity';
