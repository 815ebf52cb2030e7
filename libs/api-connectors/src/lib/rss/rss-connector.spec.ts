import { FixtureServer, type ReceivedRequest } from '../../test-support/fixture-server';
import { testTransport } from '../../test-support/test-transport';
import { itRetriesThenReportsUnavailable } from '../../test-support/transport-failures';
import { SourceFormatError } from '../model/errors';
import type { FeedSource, RssSettings } from '../settings/connector-settings';
import { DEFAULT_KEYWORD_RULES, KAZAKHSTAN_MENTIONS } from '../settings/default-rss-settings';
import { RssConnector } from './rss-connector';

const WINDOW = { from: '2026-05-01', to: '2026-05-10' };

/** Serves /feeds/<file> from fixtures/rss/<file>. */
const byPath = (request: ReceivedRequest) => ({
  fixture: `rss/${request.path.replace('/feeds/', '')}`,
  headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
});

describe('RssConnector', () => {
  const server = FixtureServer.forSuite();
  const feed = (name: string, file: string, relevanceKeywords: readonly string[] | null = null): FeedSource => ({
    name,
    url: `${server.baseUrl}/feeds/${file}`,
    relevanceKeywords,
  });
  const settings = (feeds: FeedSource[]): RssSettings => ({
    feeds,
    keywordRules: DEFAULT_KEYWORD_RULES,
    summaryMaxChars: 400,
    minIntervalMs: 1_000,
  });
  const fetchFeeds = async (...feeds: FeedSource[]) => {
    const { transport, logger } = testTransport();
    return new RssConnector(settings(feeds), transport, logger).fetch(WINDOW);
  };

  beforeEach(() => server.reset(byPath));

  it('turns matching RSS 2.0 items into draft events under canonical URLs, de-duplicated', async () => {
    const batch = await fetchFeeds(feed('Eurasianet – Kazakhstan', 'eurasianet-kazakhstan.xml'));

    const draft = { sourceName: 'Eurasianet – Kazakhstan' };
    expect(batch.draftEvents).toEqual([
      {
        ...draft,
        indicatorKey: 'foreign_agent',
        date: '2026-05-05',
        title: 'Kazakhstan: Parliament moves foreign agent bill to second reading',
        summary:
          'The Mazhilis voted 71–12 to advance a bill that would oblige NGOs receiving money from abroad to register as “foreign agents”. Rights groups say the draft copies Russian law.',
        sourceUrl: 'https://eurasianet.org/kazakhstan-parliament-moves-foreign-agent-bill',
        matchedKeywords: ['foreign agent'],
      },
      {
        ...draft,
        indicatorKey: 'cpc_pipeline',
        date: '2026-05-04',
        title: 'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack',
        summary: 'The Caspian Pipeline Consortium said two of its three single-point moorings were back in service.',
        sourceUrl: 'https://eurasianet.org/kazakhstan-cpc-resumes-loadings-at-novorossiysk',
        matchedKeywords: ['CPC', 'Caspian Pipeline', 'Novorossiysk'],
      },
      {
        ...draft,
        indicatorKey: 'cpc_pipeline',
        date: '2026-05-03',
        title: 'Kazakhstan: Drone strike halts oil loadings at CPC terminal near Novorossiysk',
        summary: 'The Caspian Pipeline Consortium said one of its three single-point moorings was damaged and loadings were suspended.',
        sourceUrl: 'https://eurasianet.org/kazakhstan-drone-strike-halts-oil-loadings-at-cpc-terminal',
        matchedKeywords: ['CPC', 'Caspian Pipeline', 'Novorossiysk'],
      },
      {
        ...draft,
        indicatorKey: 'internal_unrest',
        date: '2026-05-07',
        title: 'Kazakhstan: Oil workers rally in Zhanaozen over wages',
        summary: 'Workers at an oilfield services company demand the pay rise promised in 2025 & an end to layoffs.',
        sourceUrl: 'https://eurasianet.org/kazakhstan-oil-workers-rally-in-zhanaozen',
        matchedKeywords: ['rally'],
      },
    ]);
    // Dropped silently: the Tashkent metro (no keyword), the CSTO item of 20 April (before the window)
    // and the "#comments" copy of the first item (same canonical URL). Reported: the undated item.
    expect(batch.warnings).toEqual(['feed "Eurasianet – Kazakhstan": 1 item(s) without a valid date skipped']);
    expect(batch.observations).toEqual([]);
  });

  it("matches Russian keywords by stem, whatever the inflection, and dates items by the publisher's day", async () => {
    const batch = await fetchFeeds(feed('Azattyq (Russian)', 'azattyq-rus.xml'));

    expect(batch.draftEvents.map((d) => [d.indicatorKey, d.date, d.sourceUrl, d.matchedKeywords])).toEqual([
      ['foreign_agent', '2026-05-06', 'https://rus.azattyq.org/a/33461207.html', ['иностранн агент', 'иностранн финансир']],
      ['internal_unrest', '2026-05-05', 'https://rus.azattyq.org/a/33460544.html', ['митинг']],
      // Both CSTO and protests: one keyword each, so the earlier rule (csto_military) wins.
      ['csto_military', '2026-05-04', 'https://rus.azattyq.org/a/33459981.html', ['ОДКБ', 'протест']],
      // 01:15 at +0500 on 3 May is 2 May in UTC; the event keeps the day the publisher printed.
      ['cpc_pipeline', '2026-05-03', 'https://rus.azattyq.org/a/33458870.html', ['КТК', 'Каспийск трубопроводн']],
    ]);
    expect(batch.draftEvents[1].summary).toBe('Несколько сотен человек вышли на согласованный акимом митинг.');
    expect(batch.warnings).toEqual([]);
  });

  it('parses Atom: the alternate link, published (else updated), HTML and XHTML summaries', async () => {
    const batch = await fetchFeeds(feed('Atom sample', 'atom-kazakhstan-news.xml'));

    expect(batch.draftEvents).toEqual([
      {
        indicatorKey: 'infrastructure',
        date: '2026-05-09',
        title: 'Power outage hits three districts of Ekibastuz after grid fault',
        summary: 'Engineers of KEGOC restored supply by evening, the ministry said.',
        sourceName: 'Atom sample',
        sourceUrl: 'https://inform.kz/en/power-outage-hits-ekibastuz_a4091122',
        matchedKeywords: ['power outage'],
      },
      {
        indicatorKey: 'csto_military',
        date: '2026-05-08',
        title: 'Astana hosts CSTO defence ministers',
        summary: 'The ministers discussed the collective rapid reaction force.',
        sourceName: 'Atom sample',
        sourceUrl: 'https://inform.kz/en/astana-hosts-csto-defence-ministers_a4090870',
        matchedKeywords: ['CSTO'],
      },
    ]);
  });

  it('keeps only items about Kazakhstan from a general feed', async () => {
    const batch = await fetchFeeds(feed('RFE/RL – News', 'rferl-news.xml', KAZAKHSTAN_MENTIONS));

    // Georgian protests and CSTO drills in Belarus match keywords but not Kazakhstan.
    expect(batch.draftEvents.map((d) => d.title)).toEqual(['Kazakh President Tokayev Signs Foreign Agent Amendments']);
  });

  it("de-duplicates across feeds, keeping the first feed's item", async () => {
    const batch = await fetchFeeds(feed('First', 'eurasianet-kazakhstan.xml'), feed('Second', 'eurasianet-kazakhstan.xml'));

    expect(batch.draftEvents).toHaveLength(4);
    expect(new Set(batch.draftEvents.map((d) => d.sourceName))).toEqual(new Set(['First']));
  });

  it('treats an empty 200 body (as RFE/RL sometimes sends) as a broken feed, not a quiet one', async () => {
    const error = await fetchFeeds(feed('RFE/RL – empty', 'rferl-empty.xml')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toBe('empty body with HTTP 200, expected a feed');
  });

  it('keeps the working feeds when one is broken, and says which', async () => {
    const batch = await fetchFeeds(
      feed('RFE/RL – empty', 'rferl-empty.xml'),
      feed('Atom sample', 'atom-kazakhstan-news.xml'),
      feed('Gone', 'missing.xml'),
    );

    expect(batch.draftEvents).toHaveLength(2);
    expect(batch.warnings).toEqual([
      expect.stringMatching(/^feed "RFE\/RL – empty" failed: rss: unusable answer .*empty body/),
      expect.stringMatching(/^feed "Gone" failed: rss: request rejected with HTTP 404/),
    ]);
  });

  it('raises malformed XML and an HTML page as SourceFormatError', async () => {
    const malformed = await fetchFeeds(feed('Tengrinews', 'malformed.xml')).catch((e: unknown) => e);
    const html = await fetchFeeds(feed('Kazinform', 'not-a-feed.html')).catch((e: unknown) => e);

    expect((malformed as SourceFormatError).reason).toMatch(/^malformed XML at line \d+, column \d+/);
    expect((html as SourceFormatError).reason).toBe('expected an RSS or Atom feed, got <html>');
  });

  it('warns about a valid feed without items', async () => {
    server.reset(() => ({ body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>' }));

    const batch = await fetchFeeds(feed('Quiet', 'quiet.xml'));

    expect(batch.warnings).toEqual(['feed "Quiet": the feed has no items']);
  });

  itRetriesThenReportsUnavailable({
    server: () => server,
    connector: (transport, logger) => new RssConnector(settings([feed('Atom sample', 'atom-kazakhstan-news.xml')]), transport, logger),
    window: WINDOW,
    fixture: 'rss/atom-kazakhstan-news.xml',
    records: (batch) => batch.draftEvents.length,
    expected: 2,
  });

  it('reports health per feed: ok while at least one feed answers', async () => {
    const { transport, logger } = testTransport();
    const connector = new RssConnector(
      settings([feed('Atom sample', 'atom-kazakhstan-news.xml'), feed('RFE/RL – empty', 'rferl-empty.xml')]),
      transport,
      logger,
    );
    const allBroken = new RssConnector(settings([feed('RFE/RL – empty', 'rferl-empty.xml')]), transport, logger);

    const partly = await connector.health();
    const broken = await allBroken.health();

    expect(partly.ok).toBe(true);
    expect(partly.detail).toMatch(/^1\/2 feeds answer\. Atom sample: 3 item\(s\); RFE\/RL – empty: .*empty body/);
    expect(broken.ok).toBe(false);
  });
});
