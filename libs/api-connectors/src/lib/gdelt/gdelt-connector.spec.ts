import { FixtureServer, inSequence, type FixtureReply, type ReceivedRequest } from '../../test-support/fixture-server';
import { itReportsHealth } from '../../test-support/connector-health';
import { testTransport } from '../../test-support/test-transport';
import type { HttpSettings } from '../http/http-transport';
import { InvalidFetchWindowError, SourceFormatError, SourceThrottledError, SourceUnavailableError } from '../model/errors';
import type { GdeltSettings } from '../settings/connector-settings';
import { GdeltConnector } from './gdelt-connector';

/** The class of the error a failing fetch should raise. */
type ErrorClass = abstract new (...args: never[]) => Error;

const WINDOW = { from: '2026-05-01', to: '2026-05-07' };
const CSTO = {
  query: '"Kazakhstan" (CSTO OR "Collective Security Treaty" OR "Russian troops")',
  indicatorKey: 'csto_military',
  series: 'gdelt_news_volume',
};
const CPC = {
  query: '("Caspian Pipeline Consortium" OR "CPC pipeline" OR "CPC terminal")',
  indicatorKey: 'cpc_pipeline',
  series: 'gdelt_news_volume',
};

/** Serves the fixture matching the request's query. */
function byQuery(request: ReceivedRequest) {
  const query = request.query.get('query') ?? '';
  if (query.includes('CSTO')) return { fixture: 'gdelt/timelinevol-csto.json' };
  if (query.includes('Caspian')) return { fixture: 'gdelt/timelinevol-cpc.json' };
  return { fixture: 'gdelt/timelinevol-no-matches.json' };
}

describe('GdeltConnector', () => {
  const server = FixtureServer.forSuite();
  const settings = (queries: GdeltSettings['queries'] = [CSTO]): GdeltSettings => ({
    baseUrl: `${server.baseUrl}/api/v2/doc/doc`,
    minIntervalMs: 5_000,
    queries,
  });
  /** What a fetch of the CSTO query throws when the server answers every request with `reply`. */
  const fetchFailure = (reply: FixtureReply, http: Partial<HttpSettings> = {}): Promise<unknown> => {
    const { transport, logger } = testTransport(http);
    server.reset(() => reply);
    return new GdeltConnector(settings(), transport, logger).fetch(WINDOW).catch((e: unknown) => e);
  };

  it('turns timelinevol answers into daily observations, one series per query', async () => {
    const { transport, logger } = testTransport();
    server.reset(byQuery);
    const connector = new GdeltConnector(settings([CSTO, CPC]), transport, logger);

    const batch = await connector.fetch(WINDOW);

    const cstoUrl = `${server.baseUrl}/api/v2/doc/doc?query=%22Kazakhstan%22+%28CSTO+OR+%22Collective+Security+Treaty%22+OR+%22Russian+troops%22%29&mode=timelinevol&format=json&startdatetime=20260501000000&enddatetime=20260507235959`;
    const csto = (date: string, value: number) => ({
      indicatorKey: 'csto_military',
      series: 'gdelt_news_volume',
      date,
      value,
      unit: '% of monitored articles',
      sourceName: 'GDELT DOC 2.0',
      sourceUrl: cstoUrl,
    });
    expect(batch.observations.slice(0, 7)).toEqual([
      csto('2026-05-01', 0.0123),
      csto('2026-05-02', 0.0098),
      csto('2026-05-03', 0.0415),
      csto('2026-05-04', 0.0387),
      csto('2026-05-05', 0.0156),
      csto('2026-05-06', 0),
      csto('2026-05-07', 0.0211),
    ]);
    expect(batch.observations.slice(7).map((o) => [o.indicatorKey, o.date, o.value])).toEqual([
      ['cpc_pipeline', '2026-05-01', 0.0071],
      ['cpc_pipeline', '2026-05-02', 0.0064],
      ['cpc_pipeline', '2026-05-03', 0.0932],
      ['cpc_pipeline', '2026-05-04', 0.1208],
      ['cpc_pipeline', '2026-05-05', 0.0477],
      ['cpc_pipeline', '2026-05-06', 0.0219],
      ['cpc_pipeline', '2026-05-07', 0.0102],
    ]);
    expect(batch.draftEvents).toEqual([]);
    expect(batch.warnings).toEqual([]);
    expect(server.requests[0].query.get('mode')).toBe('timelinevol');
    expect(server.requests[0].query.get('query')).toBe(CSTO.query);
  });

  it('spaces its queries by the minimum interval (GDELT asks for one request per 5 s)', async () => {
    const { transport, logger, clock } = testTransport();
    const third = { query: '"Kazakhstan" statehood', indicatorKey: 'sovereignty_rhetoric', series: 'gdelt_news_volume' };
    const connector = new GdeltConnector(settings([CSTO, CPC, third]), transport, logger);
    const stamps: number[] = [];
    server.reset((request) => {
      stamps.push(clock.now());
      return byQuery(request);
    });

    await connector.fetch(WINDOW);

    expect(stamps).toEqual([stamps[0], stamps[0] + 5_000, stamps[0] + 10_000]);
  });

  it('reports a query without matches as a warning, not as a failure', async () => {
    const { transport, logger } = testTransport();
    server.reset(byQuery);
    const quiet = { query: '"Kazakhstan" statehood', indicatorKey: 'sovereignty_rhetoric', series: 'gdelt_news_volume' };

    const batch = await new GdeltConnector(settings([quiet]), transport, logger).fetch(WINDOW);

    expect(batch.observations).toEqual([]);
    expect(batch.warnings).toEqual(['query "Kazakhstan" statehood (sovereignty_rhetoric): no articles matched the query']);
  });

  it.each<{ title: string; reply: FixtureReply; http?: Partial<HttpSettings>; error: ErrorClass; detail: object; requests: number }>([
    {
      title: 'treats the plain-text 200 "Please limit requests…" as throttling: retried, then SourceThrottledError',
      reply: { fixture: 'gdelt/throttled.txt' },
      error: SourceThrottledError,
      detail: { message: expect.stringContaining('Please limit requests to one every 5 seconds') },
      requests: 3,
    },
    {
      title: 'raises the text/html invalid-query message as SourceFormatError, without retrying',
      reply: { fixture: 'gdelt/invalid-query.html' },
      error: SourceFormatError,
      detail: { reason: 'GDELT rejected the query: "The specified phrase is too short."' },
      requests: 1,
    },
    {
      title: 'raises truncated JSON as SourceFormatError',
      reply: { fixture: 'gdelt/truncated.json' },
      error: SourceFormatError,
      detail: { reason: expect.stringMatching(/^malformed JSON/) },
      requests: 1,
    },
    {
      title: 'raises three 500s as SourceUnavailableError',
      reply: { status: 500 },
      error: SourceUnavailableError,
      detail: { status: 500 },
      requests: 3,
    },
    {
      title: 'raises a timeout as SourceUnavailableError',
      reply: { delayMs: 800, fixture: 'gdelt/timelinevol-csto.json' },
      http: { timeoutMs: 100, maxAttempts: 1 },
      error: SourceUnavailableError,
      detail: { reason: 'timed out after 100 ms' },
      requests: 1,
    },
  ])('$title', async ({ reply, http, error: expected, detail, requests }) => {
    const error = await fetchFailure(reply, http);

    expect(error).toBeInstanceOf(expected);
    expect(error).toMatchObject(detail);
    expect(server.requests).toHaveLength(requests);
  });

  it('recovers when the throttling stops within the retries', async () => {
    const { transport, logger } = testTransport();
    server.reset(inSequence({ fixture: 'gdelt/throttled.txt' }, { fixture: 'gdelt/timelinevol-csto.json' }));

    const batch = await new GdeltConnector(settings(), transport, logger).fetch(WINDOW);

    expect(batch.observations).toHaveLength(7);
  });

  it('succeeds after a 429 with Retry-After', async () => {
    const { transport, logger, clock } = testTransport();
    server.reset(inSequence({ status: 429, headers: { 'Retry-After': '10' } }, { fixture: 'gdelt/timelinevol-csto.json' }));

    const batch = await new GdeltConnector(settings(), transport, logger).fetch(WINDOW);

    expect(batch.observations).toHaveLength(7);
    expect(clock.sleeps).toContain(10_000);
  });

  it('keeps the good queries when one fails, naming the failure in the warnings', async () => {
    const { transport, logger } = testTransport();
    server.reset((request) =>
      request.query.get('query')?.includes('Caspian') ? { fixture: 'gdelt/invalid-query.html' } : byQuery(request),
    );

    const batch = await new GdeltConnector(settings([CSTO, CPC]), transport, logger).fetch(WINDOW);

    expect(batch.observations.map((o) => o.indicatorKey)).toEqual(Array(7).fill('csto_military'));
    expect(batch.warnings).toHaveLength(1);
    expect(batch.warnings[0]).toMatch(/^query .*Caspian.* failed: gdelt: unusable answer/);
  });

  it('stops asking once throttled and lists the queries it skipped', async () => {
    const { transport, logger } = testTransport({ maxAttempts: 1 });
    const third = { query: '"Kazakhstan" statehood', indicatorKey: 'sovereignty_rhetoric', series: 'gdelt_news_volume' };
    server.reset(inSequence({ fixture: 'gdelt/timelinevol-csto.json' }, { fixture: 'gdelt/throttled.txt' }));

    const batch = await new GdeltConnector(settings([CSTO, CPC, third]), transport, logger).fetch(WINDOW);

    expect(batch.observations).toHaveLength(7);
    expect(server.requests).toHaveLength(2);
    expect(batch.warnings[1]).toBe('skipped after throttling: query "Kazakhstan" statehood (sovereignty_rhetoric)');
  });

  it('rejects an invalid window before any request', async () => {
    const { transport, logger } = testTransport();
    server.reset(byQuery);
    const connector = new GdeltConnector(settings(), transport, logger);

    await expect(connector.fetch({ from: '2026-05-07', to: '2026-05-01' })).rejects.toBeInstanceOf(InvalidFetchWindowError);
    await expect(connector.fetch({ from: '2026-02-30', to: '2026-03-01' })).rejects.toBeInstanceOf(InvalidFetchWindowError);
    expect(server.requests).toHaveLength(0);
  });

  itReportsHealth({
    title: 'reports health from one probe request, without throwing',
    server: () => server,
    connector: (transport, logger) => new GdeltConnector(settings(), transport, logger),
    probe: { mode: 'timelinevol', startdatetime: '20260508000000', enddatetime: '20260510235959' },
    good: { fixture: 'gdelt/timelinevol-csto.json' },
    healthy: /timelinevol answered/,
    bad: { fixture: 'gdelt/throttled.txt' },
    broken: 'throttled',
  });
});
