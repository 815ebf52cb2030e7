import { FixtureServer, fixture } from '../../test-support/fixture-server';
import { itReportsHealth } from '../../test-support/connector-health';
import { testTransport } from '../../test-support/test-transport';
import { itRetriesThenReportsUnavailable } from '../../test-support/transport-failures';
import { SourceFormatError } from '../model/errors';
import type { ComtradeSettings } from '../settings/connector-settings';
import { ComtradeConnector } from './comtrade-connector';

const PARTNERS = [
  { code: 643, name: 'Russia', indicatorKey: 'trade_russia', series: 'russia_trade_share' },
  { code: 156, name: 'China', indicatorKey: 'trade_russia', series: 'china_trade_share' },
];

describe('ComtradeConnector', () => {
  const server = FixtureServer.forSuite();
  const settings = (overrides: Partial<ComtradeSettings> = {}): ComtradeSettings => ({
    baseUrl: server.baseUrl,
    subscriptionKey: null,
    reporterCode: 398,
    worldPartnerCode: 0,
    partners: PARTNERS,
    maxPeriodsPerRequest: 12,
    minIntervalMs: 1_000,
    ...overrides,
  });

  it("computes each partner's share of total trade per year from M and X with the partner and the World", async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'comtrade/kaz-total-2022-2023.json' }));

    const batch = await new ComtradeConnector(settings(), transport, logger).fetch({ from: '2022-01-01', to: '2023-12-31' });

    const url = `${server.baseUrl}/public/v1/preview/C/A/HS?reporterCode=398&partnerCode=643,156,0&period=2022,2023&cmdCode=TOTAL&flowCode=M,X`;
    const share = (series: string, date: string, value: number) => ({
      indicatorKey: 'trade_russia',
      series,
      date,
      value,
      unit: '%',
      sourceName: 'UN Comtrade',
      sourceUrl: url,
    });
    // World 2022: M 50,881,523,610 + X 84,392,917,443 = 135,274,441,053
    //   Russia: (17,364,011,902 + 8,792,347,118) / 135,274,441,053 = 26,156,359,020 / … = 19.3358 % → 19.34
    //   China:  (11,032,884,205 + 13,204,716,390) / 135,274,441,053 = 24,237,600,595 / … = 17.9174 % → 17.92
    // World 2023: M 61,140,337,913 + X 78,681,509,774 = 139,821,847,687
    //   Russia: (17,161,924,760 + 9,660,458,233) / 139,821,847,687 = 26,822,382,993 / … = 19.1833 % → 19.18
    //   China:  (15,381,020,481 + 15,591,667,902) / 139,821,847,687 = 30,972,688,383 / … = 22.1515 % → 22.15
    expect(batch.observations).toEqual([
      share('russia_trade_share', '2022-12-31', 19.34),
      share('china_trade_share', '2022-12-31', 17.92),
      share('russia_trade_share', '2023-12-31', 19.18),
      share('china_trade_share', '2023-12-31', 22.15),
    ]);
    expect(batch.warnings).toEqual([]);
    expect(server.requests[0].headers['ocp-apim-subscription-key']).toBeUndefined();
  });

  it('computes no share from a single flow: a missing Russian export figure is a warning', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'comtrade/kaz-total-2024-russia-exports-missing.json' }));

    const batch = await new ComtradeConnector(settings(), transport, logger).fetch({ from: '2024-01-01', to: '2024-12-31' });

    // China 2024: (16,020,117,853 + 17,106,624,190) / (62,473,118,520 + 81,647,392,001) = 33,126,742,043 / 144,120,510,521 = 22.9854 % → 22.99
    expect(batch.observations.map((o) => [o.series, o.date, o.value])).toEqual([['china_trade_share', '2024-12-31', 22.99]]);
    expect(batch.warnings).toEqual(['year 2024: 2024: Russia exports missing, share not computed']);
  });

  it('says so when a year is not published yet, instead of failing', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'comtrade/no-data-2026.json' }));

    const batch = await new ComtradeConnector(settings(), transport, logger).fetch({ from: '2026-01-01', to: '2026-03-31' });

    expect(batch.observations).toEqual([]);
    expect(batch.warnings).toEqual(['year 2026: no data yet for 2026']);
  });

  it("raises Comtrade's {statusCode, message} as SourceFormatError with the message", async () => {
    const { transport, logger } = testTransport();
    // The body Comtrade really sent with this 401 (recorded by ropensci/comtradr; see fixtures/README.md).
    server.reset(() => ({ status: 401, fixture: 'comtrade/repo-comtradr-error-401.json' }));

    const error = await new ComtradeConnector(settings({ subscriptionKey: 'wrong-key' }), transport, logger)
      .fetch({ from: '2022-01-01', to: '2023-12-31' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toBe(
      'Comtrade error 401: Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    );
    // With a key: the keyed endpoint, the key in a header and never in the (stored) URL.
    expect(server.requests[0].path).toBe('/data/v1/get/C/A/HS');
    expect(server.requests[0].headers['ocp-apim-subscription-key']).toBe('wrong-key');
    expect((error as SourceFormatError).url).not.toContain('wrong-key');
  });

  it.each([
    ['a duplicated total', (rows: Row[]) => [...rows, rows[0]], /repeats 2022\/643\/M/],
    ['an unrequested partner', (rows: Row[]) => [{ ...rows[0], partnerCode: 840 }], /partner 840 was not requested/],
    ['an unrequested year', (rows: Row[]) => [{ ...rows[0], refYear: 2019, period: '2019' }], /period "2019" was not requested/],
    ['a missing value', (rows: Row[]) => [{ ...rows[0], primaryValue: null }], /primaryValue null/],
    ['another reporter', (rows: Row[]) => [{ ...rows[0], reporterCode: 643 }], /reporter 643/],
  ])('rejects %s', async (_label, mutate, reason) => {
    const { transport, logger } = testTransport();
    const good = JSON.parse(fixture('comtrade/kaz-total-2022-2023.json')) as { data: Row[] };
    server.reset(() => ({ body: JSON.stringify({ ...good, data: mutate(good.data) }) }));

    const error = await new ComtradeConnector(settings(), transport, logger)
      .fetch({ from: '2022-01-01', to: '2023-12-31' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toMatch(reason);
  });

  it('leaves breakdown rows out so nothing is counted twice', async () => {
    const { transport, logger } = testTransport();
    const good = JSON.parse(fixture('comtrade/kaz-total-2022-2023.json')) as { data: Row[] };
    const byRail = { ...good.data[0], motCode: 2100, primaryValue: 9_000_000_000 };
    server.reset(() => ({ body: JSON.stringify({ ...good, data: [...good.data, byRail] }) }));

    const batch = await new ComtradeConnector(settings(), transport, logger).fetch({ from: '2022-01-01', to: '2023-12-31' });

    expect(batch.observations[0].value).toBe(19.34);
    expect(batch.warnings).toEqual(['years 2022–2023: 1 breakdown row(s) (partner2, transport mode or customs procedure) left out']);
  });

  it('raises malformed JSON and HTML as SourceFormatError', async () => {
    const { transport, logger } = testTransport();
    const connector = new ComtradeConnector(settings(), transport, logger);

    server.reset(() => ({ body: fixture('comtrade/kaz-total-2022-2023.json').slice(0, 500) }));
    await expect(connector.fetch({ from: '2022-01-01', to: '2023-12-31' })).rejects.toThrow(/malformed JSON/);
    server.reset(() => ({
      body: '<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>',
      headers: { 'Content-Type': 'text/html' },
    }));
    await expect(connector.fetch({ from: '2022-01-01', to: '2023-12-31' })).rejects.toBeInstanceOf(SourceFormatError);
  });

  it('splits long windows into requests of maxPeriodsPerRequest years', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'comtrade/no-data-2026.json' }));

    await new ComtradeConnector(settings({ maxPeriodsPerRequest: 5 }), transport, logger).fetch({ from: '2014-01-01', to: '2025-12-31' });

    expect(server.requests.map((r) => r.query.get('period'))).toEqual([
      '2014,2015,2016,2017,2018',
      '2019,2020,2021,2022,2023',
      '2024,2025',
    ]);
  });

  itRetriesThenReportsUnavailable({
    server: () => server,
    connector: (transport, logger) => new ComtradeConnector(settings(), transport, logger),
    window: { from: '2022-01-01', to: '2023-12-31' },
    fixture: 'comtrade/kaz-total-2022-2023.json',
    records: (batch) => batch.observations.length,
    expected: 4,
  });

  itReportsHealth({
    title: 'reports health from a one-year probe two years back',
    server: () => server,
    connector: (transport, logger) => new ComtradeConnector(settings(), transport, logger),
    probe: { period: '2024' },
    good: { fixture: 'comtrade/no-data-2026.json' },
    healthy: 'answered HTTP 200 with 0 total(s) for 2024',
    bad: { status: 401, fixture: 'comtrade/repo-comtradr-error-401.json' },
    broken: 'Access denied',
  });
});

type Row = Record<string, unknown>;
