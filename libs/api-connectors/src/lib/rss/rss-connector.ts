import type { HttpTransport } from '../http/http-transport';
import type { ConnectorBatch, ConnectorHealth, ConnectorLogger, DraftEventRecord, FetchWindow } from '../model/connector';
import { MultiRequestConnector } from '../model/multi-request-connector';
import type { FeedSource, RssSettings } from '../settings/connector-settings';
import { assertRssSettings } from '../settings/validate-settings';
import { probeHealth } from '../util/health-probe';
import { requireSuccess } from '../util/response-body';
import type { SubRequest } from '../util/sub-requests';
import { feedItemsToDrafts } from './feed-items';
import { parseFeed, type ParsedFeed } from './feed-parser';
import { KeywordMatcher } from './keyword-matcher';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/**
 * RSS / Atom news feeds → keyword-matched *draft* events for analyst triage (never published
 * automatically). Items are de-duplicated by canonical URL within the batch, the first feed
 * winning; the persistence layer de-duplicates against stored events with `canonicalizeUrl`.
 * A feed that fails (down, 4xx, empty 200 body, malformed XML, not a feed) is a warning while
 * other feeds deliver; the fetch throws only when every feed failed.
 */
export class RssConnector extends MultiRequestConnector<RssSettings> {
  readonly key = 'rss';
  readonly name = 'News feeds (RSS / Atom)';
  private readonly matcher: KeywordMatcher;
  private readonly relevance: ReadonlyMap<FeedSource, KeywordMatcher>;

  constructor(settings: RssSettings, transport: HttpTransport, logger: ConnectorLogger) {
    super(settings, transport, logger);
    this.matcher = new KeywordMatcher(settings.keywordRules, this.key);
    this.relevance = new Map(
      settings.feeds
        .filter((feed) => feed.relevanceKeywords !== null)
        .map((feed) => [feed, new KeywordMatcher([{ indicatorKey: 'relevant', keywords: feed.relevanceKeywords ?? [] }], this.key)]),
    );
  }

  protected requestsFor(window: FetchWindow): SubRequest[] {
    return this.settings.feeds.map((feed) => ({
      label: `feed "${feed.name}"`,
      run: async () => {
        const parsed = await this.fetchFeed(feed);
        const { drafts, warnings } = feedItemsToDrafts(parsed.items, {
          feed,
          window,
          matcher: this.matcher,
          relevance: this.relevance.get(feed) ?? null,
          summaryMaxChars: this.settings.summaryMaxChars,
        });
        if (parsed.items.length === 0) warnings.push('the feed has no items');
        return { observations: [], draftEvents: drafts, warnings };
      },
    }));
  }

  protected override merged(batch: ConnectorBatch): ConnectorBatch {
    return { ...batch, draftEvents: dedupeByUrl(batch.draftEvents) };
  }

  async health(): Promise<ConnectorHealth> {
    return probeHealth(this.transport.clock, async () => {
      const results = await Promise.all(
        this.settings.feeds.map(async (feed) => {
          try {
            const parsed = await this.fetchFeed(feed, 1);
            return { ok: true, line: `${feed.name}: ${parsed.items.length} item(s)` };
          } catch (error) {
            return { ok: false, line: `${feed.name}: ${error instanceof Error ? error.message : String(error)}` };
          }
        }),
      );
      const working = results.filter((r) => r.ok).length;
      const detail = `${working}/${results.length} feeds answer. ${results.map((r) => r.line).join('; ')}`;
      if (working === 0) throw new Error(detail);
      return detail;
    });
  }

  private async fetchFeed(feed: FeedSource, maxAttempts?: number): Promise<ParsedFeed> {
    const response = await this.get(feed.url, { accept: FEED_ACCEPT, maxAttempts });
    requireSuccess(this.key, response);
    return parseFeed(this.key, response);
  }

  protected assertSettings(settings: RssSettings): void {
    assertRssSettings(settings);
  }
}

/** Keeps the first draft per canonical URL. */
function dedupeByUrl(drafts: readonly DraftEventRecord[]): DraftEventRecord[] {
  const seen = new Set<string>();
  const unique: DraftEventRecord[] = [];
  for (const draft of drafts) {
    if (seen.has(draft.sourceUrl)) continue;
    seen.add(draft.sourceUrl);
    unique.push(draft);
  }
  return unique;
}
