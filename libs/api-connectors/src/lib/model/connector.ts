/**
 * The one interface every external-data connector implements, and the records it produces.
 * Connectors only fetch and parse; persisting, scheduling and triage happen elsewhere.
 */

/** The connectors this library ships. Other keys are allowed for connectors added later. */
export type KnownConnectorKey = 'gdelt' | 'worldbank' | 'comtrade' | 'rss';

/** A span of calendar days (UTC), both ends inclusive, each 'YYYY-MM-DD'. */
export interface FetchWindow {
  readonly from: string;
  readonly to: string;
}

/** A dated numeric value for a metric or context series of an indicator. */
export interface ObservationRecord {
  readonly indicatorKey: string;
  /** Names the series within the indicator, e.g. `russia_trade_share`, `gdelt_news_volume`. */
  readonly series: string;
  /** 'YYYY-MM-DD'; annual values are dated 31 December of their year. */
  readonly date: string;
  readonly value: number;
  readonly unit: string;
  readonly sourceName: string;
  /** The exact request URL that returned the value. */
  readonly sourceUrl: string;
}

/** A news item that matched keyword rules: evidence for an analyst to triage, never published automatically. */
export interface DraftEventRecord {
  readonly indicatorKey: string;
  /** The publisher's calendar day as written in the feed, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly title: string;
  /** Plain text (HTML stripped), truncated at a word boundary. */
  readonly summary: string;
  readonly sourceName: string;
  /** The item's canonical URL (see `canonicalizeUrl`): the de-duplication key. */
  readonly sourceUrl: string;
  /** Every configured keyword found in the title or summary, in rule order. */
  readonly matchedKeywords: readonly string[];
}

/** What one `fetch` produced. Warnings explain what was skipped; they never hide a failed fetch. */
export interface ConnectorBatch {
  readonly observations: readonly ObservationRecord[];
  readonly draftEvents: readonly DraftEventRecord[];
  readonly warnings: readonly string[];
}

/** Result of a cheap probe request; `health()` never throws. */
export interface ConnectorHealth {
  readonly ok: boolean;
  readonly detail: string;
  /** ISO timestamp of the check. */
  readonly checkedAt: string;
}

/** One external source behind one interface, chosen by key from a `ConnectorRegistry`. */
export interface Connector {
  readonly key: KnownConnectorKey | (string & Record<never, never>);
  /** Human-readable name, e.g. for the admin page. */
  readonly name: string;
  /**
   * Fetches and strictly parses the source for the window. Throws a `ConnectorError` when the
   * source is down, throttling or answers garbage: it never returns an empty batch instead.
   * Connectors that make several requests (one per query, indicator or feed) report a failed
   * request as a warning and keep the others' records; they throw when every request failed.
   */
  fetch(window: FetchWindow): Promise<ConnectorBatch>;
  /** Probes the source with one small request. */
  health(): Promise<ConnectorHealth>;
}

/** The logging surface connectors need; NestJS's `Logger` satisfies it. */
export interface ConnectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
