import type { DraftEventRecord, FetchWindow } from '../model/connector';
import type { FeedSource } from '../settings/connector-settings';
import { inWindow } from '../util/fetch-window';
import { htmlToText, truncateText } from '../util/html-text';
import { canonicalizeUrl } from './canonical-url';
import { feedDateToDay } from './feed-dates';
import type { FeedItem } from './feed-parser';
import type { KeywordMatcher } from './keyword-matcher';

/** How a feed's items turned into draft events, with the reasons items were left out. */
export interface FeedItemsResult {
  readonly drafts: DraftEventRecord[];
  readonly warnings: string[];
}

/** What turning items into drafts needs besides the items. */
export interface FeedItemContext {
  readonly feed: FeedSource;
  readonly window: FetchWindow;
  readonly matcher: KeywordMatcher;
  /** Null when the feed is not filtered for relevance. */
  readonly relevance: KeywordMatcher | null;
  readonly summaryMaxChars: number;
}

/**
 * Keeps items that have a title, an http(s) link and a valid date in the window, that pass the
 * feed's relevance filter and match a keyword rule (title or summary), and turns them into draft
 * events under their canonical URL. Items without a usable link or date are counted in warnings;
 * items outside the window or matching nothing are dropped silently, as expected.
 */
export function feedItemsToDrafts(items: readonly FeedItem[], context: FeedItemContext): FeedItemsResult {
  const drafts: DraftEventRecord[] = [];
  let noTitle = 0;
  let noLink = 0;
  let noDate = 0;
  for (const item of items) {
    const title = item.title === null ? '' : htmlToText(item.title);
    if (title === '') {
      noTitle++;
      continue;
    }
    const url = item.link === null ? null : canonicalizeUrl(item.link, context.feed.url);
    if (url === null) {
      noLink++;
      continue;
    }
    const date = feedDateToDay(item.published);
    if (date === null) {
      noDate++;
      continue;
    }
    if (!inWindow(date, context.window)) continue;
    const summary = item.summaryHtml === null ? '' : htmlToText(item.summaryHtml);
    const text = `${title}\n${summary}`;
    if (context.relevance !== null && !context.relevance.matchesAny(text)) continue;
    const match = context.matcher.match(text);
    if (match === null) continue;
    drafts.push({
      indicatorKey: match.indicatorKey,
      date,
      title: truncateText(title, 300),
      summary: truncateText(summary, context.summaryMaxChars),
      sourceName: context.feed.name,
      sourceUrl: url,
      matchedKeywords: match.matchedKeywords,
    });
  }
  const warnings: string[] = [];
  if (noTitle > 0) warnings.push(`${noTitle} item(s) without a title skipped`);
  if (noLink > 0) warnings.push(`${noLink} item(s) without an http(s) link skipped`);
  if (noDate > 0) warnings.push(`${noDate} item(s) without a valid date skipped`);
  return { drafts, warnings };
}
