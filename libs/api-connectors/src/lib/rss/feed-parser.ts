import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SourceFormatError } from '../model/errors';
import { decodeHtmlEntities } from '../util/html-text';
import { excerpt, isRecord, type SourceResponse } from '../util/response-body';

/** One entry of a feed, as written (HTML not yet stripped, date not yet parsed). */
export interface FeedItem {
  readonly title: string | null;
  /** The item link as written (may be relative); null when the item has none. */
  readonly link: string | null;
  /** pubDate / dc:date (RSS), published or else updated (Atom). */
  readonly published: string | null;
  /** description / content:encoded (RSS), summary / content (Atom); may hold HTML. */
  readonly summaryHtml: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom';
  readonly items: readonly FeedItem[];
}

const ARRAY_PATHS = new Set(['rss.channel.item', 'rdf:RDF.item', 'feed.entry', 'feed.entry.link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, jPath) => ARRAY_PATHS.has(String(jPath)),
  // Atom text constructs may hold inline XHTML; parsed as elements, its text would lose its order.
  stopNodes: ['feed.entry.summary', 'feed.entry.content'],
});

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) or Atom. An empty body (RFE/RL sometimes answers 200 with
 * nothing), malformed XML, or well-formed XML that is no feed (an HTML page, a captcha) is a
 * `SourceFormatError`: such a feed is broken, not quiet. A valid feed without items parses to
 * no items; the connector reports that as a warning.
 */
export function parseFeed(source: string, response: SourceResponse): ParsedFeed {
  const text = response.body.trim();
  if (text === '') throw new SourceFormatError(source, response.url, `empty body with HTTP ${response.status}, expected a feed`);
  // A bare '&' ("AT&T") is the commonest fault in real feeds; escaping it loses nothing.
  const xml = text.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
  // XMLValidator is deprecated upstream in favour of a separate package; it is kept until that
  // package is a dependency, because the parser alone accepts unclosed and mismatched tags.
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new SourceFormatError(source, response.url, `malformed XML at line ${line}, column ${col}: ${msg}`, excerpt(text));
  }
  const doc: unknown = parser.parse(xml);
  if (!isRecord(doc)) throw new SourceFormatError(source, response.url, 'not a feed', excerpt(text));
  if (isRecord(doc['rss'])) {
    const channel = doc['rss']['channel'];
    if (!isRecord(channel)) throw new SourceFormatError(source, response.url, 'RSS document without a channel', excerpt(text));
    return { format: 'rss', items: asArray(channel['item']).map(rssItem) };
  }
  if (isRecord(doc['rdf:RDF'])) return { format: 'rdf', items: asArray(doc['rdf:RDF']['item']).map(rssItem) };
  if (doc['feed'] !== undefined) {
    const feed = isRecord(doc['feed']) ? doc['feed'] : {};
    return { format: 'atom', items: asArray(feed['entry']).map(atomEntry) };
  }
  const root = Object.keys(doc).find((k) => k !== '?xml') ?? 'nothing';
  throw new SourceFormatError(source, response.url, `expected an RSS or Atom feed, got <${root}>`, excerpt(text));
}

function rssItem(node: unknown): FeedItem {
  const item = isRecord(node) ? node : {};
  const guid = item['guid'];
  const guidIsLink = !(isRecord(guid) && guid['@_isPermaLink'] === 'false');
  const guidText = textOf(guid);
  const link = textOf(item['link']) ?? (guidIsLink && guidText !== null && /^https?:\/\//i.test(guidText) ? guidText : null);
  return {
    title: textOf(item['title']),
    link,
    published: textOf(item['pubDate']) ?? textOf(item['dc:date']),
    summaryHtml: textOf(item['description']) ?? textOf(item['content:encoded']),
  };
}

function atomEntry(node: unknown): FeedItem {
  const entry = isRecord(node) ? node : {};
  const links = asArray(entry['link']).filter(isRecord);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  const href = alternate?.['@_href'];
  return {
    title: textOf(entry['title']),
    link: typeof href === 'string' && href.trim() !== '' ? href : null,
    published: textOf(entry['published']) ?? textOf(entry['updated']),
    summaryHtml: atomTextConstruct(entry['summary']) ?? atomTextConstruct(entry['content']),
  };
}

/**
 * The HTML of an unparsed Atom summary/content: escaped HTML (type="html") and inline XHTML are
 * entity-decoded, CDATA sections taken literally.
 */
function atomTextConstruct(node: unknown): string | null {
  const raw = typeof node === 'string' ? node : isRecord(node) && typeof node['#text'] === 'string' ? node['#text'] : null;
  if (raw === null) return null;
  const html = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeHtmlEntities(part)))
    .join('')
    .trim();
  return html === '' ? null : html;
}

/** The text of an element: a string, the #text of one with attributes, or nested (XHTML) text. */
function textOf(node: unknown): string | null {
  const collect = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(collect).join(' ');
    if (isRecord(value)) {
      return Object.entries(value)
        .filter(([key]) => !key.startsWith('@_'))
        .map(([, v]) => collect(v))
        .join(' ');
    }
    return '';
  };
  const text = collect(node).trim();
  return text === '' ? null : text;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}
