import { FixtureServer, inSequence, type FixtureReply, type ReceivedRequest } from '../../test-support/fixture-server';
import { testTransport } from '../../test-support/test-transport';
import type { HttpSettings } from '../http/http-transport';
import { InvalidFetchWindowError, SourceFormatError, SourceThrottledError, SourceUnavailableError } from '../model/errors';
import type { GdeltSettings } from '../settings/connector-settings';
import { GdeltConnector } from './gdelt-connector';

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

  it('treats the plain-text 200 "Please limit requests…" as throttling: retried, then SourceThrottledError', async () => {
    const error = await fetchFailure({ fixture: 'gdelt/throttled.txt' });

    expect(error).toBeInstanceOf(SourceThrottledError);
    expect((error as SourceThrottledError).message).toContain('Please limit requests to one every 5 seconds');
    expect(server.requests).toHaveLength(3);
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

  it('raises the text/html invalid-query message as SourceFormatError, without retrying', async () => {
    const error = await fetchFailure({ fixture: 'gdelt/invalid-query.html' });

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toBe('GDELT rejected the query: "The specified phrase is too short."');
    expect(server.requests).toHaveLength(1);
  });

  it('raises truncated JSON as SourceFormatError', async () => {
    const error = await fetchFailure({ fixture: 'gdelt/truncated.json' });

    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).reason).toMatch(/^malformed JSON/);
  });

  it('raises three 500s as SourceUnavailableError', async () => {
    const error = await fetchFailure({ status: 500 });

    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(server.requests).toHaveLength(3);
  });

  it('raises a timeout as SourceUnavailableError', async () => {
    const error = await fetchFailure({ delayMs: 800, fixture: 'gdelt/timelinevol-csto.json' }, { timeoutMs: 100, maxAttempts: 1 });

    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as SourceUnavailableError).reason).toBe('timed out after 100 ms');
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

  it('reports health from one probe request, without throwing', async () => {
    const { transport, logger } = testTransport();
    server.reset(() => ({ fixture: 'gdelt/timelinevol-csto.json' }));
    const connector = new GdeltConnector(settings(), transport, logger);

    const healthy = await connector.health();
    server.reset(() => ({ fixture: 'gdelt/throttled.txt' }));
    const throttled = await connector.health();

    expect(healthy.ok).toBe(true);
    expect(healthy.detail).toContain('timelinevol answered');
    expect(healthy.checkedAt).toBe('2026-05-10T12:00:00.000Z');
    expect(throttled.ok).toBe(false);
    expect(throttled.detail).toContain('throttled');
    expect(server.requests).toHaveLength(1);
  });
});
