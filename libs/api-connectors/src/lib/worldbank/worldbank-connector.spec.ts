import { FixtureServer, fixture, inSequence, type ReceivedRequest } from '../../test-support/fixture-server';
import { itReportsHealth } from '../../test-support/connector-health';
import { testTransport } from '../../test-support/test-transport';
import { itRetriesThenReportsUnavailable } from '../../test-support/transport-failures';
import { SourceFormatError, SourceRequestError } from '../model/errors';
import type { WorldBankSettings } from '../settings/connector-settings';
import { WorldBankConnector } from './worldbank-connector';

const TRADE = { id: 'NE.TRD.GNFS.ZS', indicatorKey: 'trade_russia', series: 'wb_trade_pct_gdp', unit: '% of GDP' };
const ENERGY = { id: 'EG.IMP.CONS.ZS', indicatorKey: 'infrastructure', series: 'wb_energy_imports_net_pct', unit: '% of energy use' };

/** Serves the fixture for the requested indicator and page. */
function byIndicator(request: ReceivedRequest) {
  if (request.path.endsWith('/NE.TRD.GNFS.ZS')) return { fixture: 'worldbank/ne-trd-gnfs-zs-2019-2024.json' };
  if (request.path.endsWith('/EG.IMP.CONS.ZS')) return { fixture: `worldbank/eg-imp-cons-zs-page-${request.query.get('page')}.json` };
  return { status: 404 };
}

describe('WorldBankConnector', () => {
  const server = FixtureServer.forSuite();
  const settings = (indicators: WorldBankSettings['indicators'] = [TRADE], perPage = 100): WorldBankSettings => ({
    baseUrl: `${server.baseUrl}/v2`,
    countryCode: 'KAZ',
    perPage,
    maxPages: 20,
    minIntervalMs: 1_000,
    indicators,
  });

  it('turns annual values into observations dated 31 December, skipping nulls', async () => {
    const { transport, logger } = testTransport();
    server.reset(byIndicator);

    const batch = await new WorldBankConnector(settings(), transport, logger).fetch({ from: '2019-01-01', to: '2024-06-30' });

    const url = `${server.baseUrl}/v2/country/KAZ/indicator/NE.TRD.GNFS.ZS?format=json&date=2019:2024&per_page=100&page=1`;
    const trade = (year: number, value: number) => ({
      indicatorKey: 'trade_russia',
      series: 'wb_trade_pct_gdp',
      date: `${year}-12-31`,
      value,
      unit: '% of GDP',
      sourceName: 'World Bank WDI',
      sourceUrl: url,
    });
    // 2024 is null in the answer: skipped, not stored as 0.
    expect(batch.observations).toEqual([
      trade(2019, 64.8637581236),
      trade(2020, 56.8462751076),
      trade(2021, 58.5713322958),
      trade(2022, 63.9375064241),
      trade(2023, 59.2604117812),
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it("follows pagination and keeps each value's page URL", async () => {
    const { transport, logger } = testTransport();
    server.reset(byIndicator);

    const batch = await new WorldBankConnector(settings([ENERGY], 3), transport, logger).fetch({ from: '2015-01-01', to: '2019-12-31' });

    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(batch.observations.map((o) => [o.date, o.value])).toEqual([
      ['2015-12-31', -112.221053187],
      ['2016-12-31', -107.935166225],
      ['2017-12-31', -116.513700946],
      ['2018-12-31', -124.049217338],
      ['2019-12-31', -118.672041597],
    ]);
    expect(batch.observations[0].sourceUrl).toMatch(/&page=2$/);
    expect(batch.observations[4].sourceUrl).toMatch(/&page=1$/);
  });

  it('raises the World Bank error array as SourceFormatError with its message', async () => {
    const { transport, logger } = testTransport();
    // The World Bank's real answer to an invalid country code, sent with HTTP 200 (recorded by jkkitakita/wbdata-go).
    server.reset(() => ({ fixture: 'worldbank/repo-wbdata-go-error-invalid-value.json' }));

    const error = await new WorldBankConnector(settings(), transport, logger)
      .fetch({ from: '2019-01-01', to: '2024-12-31' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toBe('World Bank error: 120 Invalid value The provided parameter value is not valid');
  });

  it('raises the XML error form and an HTML page as SourceFormatError', async () => {
    const { transport, logger } = testTransport();
    const connector = new WorldBankConnector(settings(), transport, logger);
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><wb:error xmlns:wb="http://www.worldbank.org"><wb:message id="175" key="Invalid format">The indicator was not found.</wb:message></wb:error>';

    server.reset(() => ({ body: xml, headers: { 'Content-Type': 'text/xml' } }));
    const xmlError = await connector.fetch({ from: '2019-01-01', to: '2019-12-31' }).catch((e: unknown) => e);
    server.reset(() => ({ body: '<html><body>Service Unavailable</body></html>', headers: { 'Content-Type': 'text/html' } }));
    const htmlError = await connector.fetch({ from: '2019-01-01', to: '2019-12-31' }).catch((e: unknown) => e);

    expect((xmlError as SourceFormatError).reason).toBe('expected JSON, got text/xml: "The indicator was not found."');
    expect(htmlError).toBeInstanceOf(SourceFormatError);
  });

  it.each([
    [
      'rows for another indicator',
      JSON.stringify([
        { page: 1, pages: 1, total: 1 },
        [{ indicator: { id: 'SP.POP.TOTL' }, countryiso3code: 'KAZ', date: '2020', value: 1 }],
      ]),
      /indicator "SP.POP.TOTL"/,
    ],
    [
      'a quarterly date',
      JSON.stringify([
        { page: 1, pages: 1, total: 1 },
        [{ indicator: { id: 'NE.TRD.GNFS.ZS' }, countryiso3code: 'KAZ', date: '2020Q1', value: 1 }],
      ]),
      /not an annual YYYY/,
    ],
    [
      'a value that is text',
      JSON.stringify([
        { page: 1, pages: 1, total: 1 },
        [{ indicator: { id: 'NE.TRD.GNFS.ZS' }, countryiso3code: 'KAZ', date: '2020', value: '1' }],
      ]),
      /neither a number nor null/,
    ],
    ['metadata without page counts', JSON.stringify([{ total: 1 }, []]), /metadata lacks/],
    ['truncated JSON', fixture('worldbank/ne-trd-gnfs-zs-2019-2024.json').slice(0, 300), /^malformed JSON/],
  ])('rejects %s', async (_label, body, reason) => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ body, headers: { 'Content-Type': 'application/json' } }));

    const error = await new WorldBankConnector(settings(), transport, logger)
      .fetch({ from: '2020-01-01', to: '2020-12-31' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toMatch(reason);
  });

  it('raises an HTTP 404 as SourceRequestError (wrong URL or indicator id), without retrying', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({
      status: 404,
      body: '<html><body><h1>404 Not Found</h1></body></html>',
      headers: { 'Content-Type': 'text/html' },
    }));

    const error = await new WorldBankConnector(settings(), transport, logger)
      .fetch({ from: '2020-01-01', to: '2020-12-31' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceRequestError);
    expect(error).toMatchObject({ status: 404, bodyExcerpt: '404 Not Found', transient: false });
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an answer whose page count changes while paginating', async () => {
    const { transport, logger } = testTransport();
    const page2 = fixture('worldbank/eg-imp-cons-zs-page-2.json').replace('"pages":2', '"pages":3');
    server.reset(inSequence({ fixture: 'worldbank/eg-imp-cons-zs-page-1.json' }, { body: page2 }));

    const error = await new WorldBankConnector(settings([ENERGY], 3), transport, logger)
      .fetch({ from: '2015-01-01', to: '2019-12-31' })
      .catch((e: unknown) => e);

    expect((error as SourceFormatError).reason).toBe('page count changed from 2 to 3 while paginating');
  });

  it('returns no observations, and no error, when the World Bank has no data', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'worldbank/no-data.json' }));

    const batch = await new WorldBankConnector(settings(), transport, logger).fetch({ from: '2026-01-01', to: '2026-12-31' });

    expect(batch).toEqual({ observations: [], draftEvents: [], warnings: [] });
  });

  it('keeps the good indicators when one fails', async () => {
    const { transport, logger } = testTransport();
    server.reset((request) =>
      request.path.endsWith('/EG.IMP.CONS.ZS') ? { fixture: 'worldbank/repo-wbdata-go-error-invalid-value.json' } : byIndicator(request),
    );

    const batch = await new WorldBankConnector(settings([TRADE, ENERGY]), transport, logger).fetch({
      from: '2019-01-01',
      to: '2024-12-31',
    });

    expect(batch.observations).toHaveLength(5);
    expect(batch.warnings).toEqual([expect.stringMatching(/^indicator EG.IMP.CONS.ZS failed: .*Invalid value/)]);
  });

  itRetriesThenReportsUnavailable({
    server: () => server,
    connector: (transport, logger) => new WorldBankConnector(settings(), transport, logger),
    window: { from: '2019-01-01', to: '2024-12-31' },
    fixture: 'worldbank/ne-trd-gnfs-zs-2019-2024.json',
    records: (batch) => batch.observations.length,
    expected: 5,
  });

  itReportsHealth({
    title: 'reports health from a most-recent-value probe',
    server: () => server,
    connector: (transport, logger) => new WorldBankConnector(settings(), transport, logger),
    probe: { mrv: '1' },
    good: { fixture: 'worldbank/ne-trd-gnfs-zs-2019-2024.json' },
    healthy: 'NE.TRD.GNFS.ZS answered (6 value(s))',
    bad: { fixture: 'worldbank/repo-wbdata-go-error-invalid-value.json' },
    broken: 'Invalid value',
  });
});
