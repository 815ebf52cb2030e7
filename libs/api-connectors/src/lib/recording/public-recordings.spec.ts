import { FixtureServer, fixture } from '../../test-support/fixture-server';
import { testTransport } from '../../test-support/test-transport';
import { parseComtradeResponse } from '../comtrade/comtrade-response';
import { ComtradeConnector } from '../comtrade/comtrade-connector';
import { parseFeed } from '../rss/feed-parser';
import { RssConnector } from '../rss/rss-connector';
import { DEFAULT_KEYWORD_RULES, KAZAKHSTAN_MENTIONS } from '../settings/default-rss-settings';
import { parseWorldBankPage } from '../worldbank/worldbank-response';

/**
 * Real responses recorded by other projects and committed to public repositories (origins in
 * fixtures/recorded-manifest.json and fixtures/README.md). They are not about Kazakhstan, but
 * they are what the services really send, so they check the parsers against real shapes.
 */
const json = (url: string, body: string, status = 200) => ({ url, status, contentType: 'application/json', body });

describe('real World Bank answer (jkkitakita/wbdata-go cassette)', () => {
  const body = fixture('worldbank/repo-wbdata-go-jpn-gdp-page-1.json');

  it('reads page 1 of 3, newest year first, a null for the year not yet published', () => {
    const page = parseWorldBankPage(json('https://api.worldbank.org/v2/x', body), 'NY.GDP.MKTP.CD', 'JPN');

    // Metadata numbers are numbers here ("per_page":50); extra fields (sourcename, footnote) are ignored.
    expect({ page: page.page, pages: page.pages, total: page.total }).toEqual({ page: 1, pages: 3, total: 122 });
    expect(page.rows).toHaveLength(50);
    expect(page.rows.slice(0, 3)).toEqual([
      { year: 2020, value: null },
      { year: 2019, value: 5081769542379.77 },
      { year: 2018, value: 4954806619995.19 },
    ]);
    expect(page.rows[49]).toEqual({ year: 1971, value: 240151807460.241 });
  });

  it('refuses the page for another country than the one asked for', () => {
    expect(() => parseWorldBankPage(json('https://api.worldbank.org/v2/x', body), 'NY.GDP.MKTP.CD', 'KAZ')).toThrow(
      'row 0 is for country "JPN", not KAZ',
    );
  });
});

describe('real UN Comtrade answers (ropensci/comtradr mocks)', () => {
  const server = FixtureServer.forSuite();

  it('reads the total rows of a v1 data answer: refYear, string period, empty error, M as CIF and X as FOB', () => {
    const url = 'https://comtradeapi.un.org/data/v1/get/C/A/HS';
    const result = parseComtradeResponse(json(url, fixture('comtrade/repo-comtradr-chn-total-2010.json')), {
      reporterCode: 156,
      partnerCodes: [32, 280, 276],
      years: [2010],
    });

    // China 2010: imports from Argentina (cifvalue = primaryValue), exports to Argentina (fobvalue =
    // primaryValue), the same for Germany (276); the old code 280 was asked for and got no rows.
    expect(result.flows).toEqual([
      { year: 2010, partnerCode: 32, flowCode: 'M', primaryValue: 6804128143 },
      { year: 2010, partnerCode: 32, flowCode: 'X', primaryValue: 6115764185 },
      { year: 2010, partnerCode: 276, flowCode: 'M', primaryValue: 74251272075 },
      { year: 2010, partnerCode: 276, flowCode: 'X', primaryValue: 68047133397 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('computes no share from an answer without World totals, and says why', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'comtrade/repo-comtradr-chn-total-2010.json' }));
    const partners = [
      { code: 32, name: 'Argentina', indicatorKey: 'trade_russia', series: 'argentina_trade_share' },
      { code: 276, name: 'Germany', indicatorKey: 'trade_russia', series: 'germany_trade_share' },
    ];
    const connector = new ComtradeConnector(
      {
        baseUrl: server.baseUrl,
        subscriptionKey: null,
        reporterCode: 156,
        worldPartnerCode: 0,
        partners,
        maxPeriodsPerRequest: 12,
        minIntervalMs: 1_000,
      },
      transport,
      logger,
    );

    const batch = await connector.fetch({ from: '2010-01-01', to: '2010-12-31' });

    expect(batch.observations).toEqual([]);
    expect(batch.warnings).toEqual(['year 2010: 2010: World totals missing, no shares computed']);
  });
});

describe('real RSS feed (Reuters World News, jameslawler/react-native-rss-parser sample)', () => {
  const server = FixtureServer.forSuite();
  beforeEach(() =>
    server.reset(() => ({
      fixture: 'rss/repo-rn-rss-parser-reuters-world-2018-01-30.xml',
      headers: { 'Content-Type': 'application/rss+xml' },
    })),
  );

  const fetchReuters = async (relevanceKeywords: readonly string[] | null) => {
    const { transport, logger } = testTransport();
    const settings = {
      feeds: [{ name: 'Reuters World', url: `${server.baseUrl}/worldNews`, relevanceKeywords }],
      keywordRules: DEFAULT_KEYWORD_RULES,
      summaryMaxChars: 400,
      minIntervalMs: 1_000,
    };
    return new RssConnector(settings, transport, logger).fetch({ from: '2018-01-30', to: '2018-01-31' });
  };

  it('parses the FeedBurner RSS 2.0 feed: ten items, feed-proxy links, -0500 dates', () => {
    const feed = parseFeed('rss', {
      url: 'http://feeds.reuters.com/Reuters/worldNews',
      status: 200,
      contentType: 'application/rss+xml',
      body: fixture('rss/repo-rn-rss-parser-reuters-world-2018-01-30.xml'),
    });

    expect(feed.format).toBe('rss');
    expect(feed.items).toHaveLength(10);
    expect(feed.items[0]).toMatchObject({
      title: 'U.S. general says North Korea not demonstrated all components of ICBM',
      link: 'http://feeds.reuters.com/~r/Reuters/worldNews/~3/c3wXZD4kLB8/u-s-general-says-north-korea-not-demonstrated-all-components-of-icbm-idUSKBN1FJ23Z',
      published: 'Tue, 30 Jan 2018 12:29:57 -0500',
    });
  });

  it('keeps nothing from a world feed on a day without Kazakhstan news, though keywords match', async () => {
    const unfiltered = await fetchReuters(null);
    const filtered = await fetchReuters(KAZAKHSTAN_MENTIONS);

    // "…officials detained in its crackdown on corruption" (Saudi Arabia) matches civil_liberties.
    expect(unfiltered.draftEvents.map((d) => [d.indicatorKey, d.date, d.matchedKeywords])).toEqual([
      ['civil_liberties', '2018-01-30', ['crackdown']],
    ]);
    expect(filtered.draftEvents).toEqual([]);
  });
});
