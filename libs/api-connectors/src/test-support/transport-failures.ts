import type { HttpTransport } from '../lib/http/http-transport';
import type { Connector, ConnectorBatch, ConnectorLogger, FetchWindow } from '../lib/model/connector';
import { SourceUnavailableError } from '../lib/model/errors';
import { FixtureServer, inSequence } from './fixture-server';
import { testTransport } from './test-transport';

/** A connector as one spec builds it, with a good answer of its source to serve. */
export interface TransportFailureCase {
  server: () => FixtureServer;
  connector: (transport: HttpTransport, logger: ConnectorLogger) => Connector;
  window: FetchWindow;
  /** A fixture holding a good answer, and how many records the connector makes of it. */
  fixture: string;
  records: (batch: ConnectorBatch) => number;
  expected: number;
}

/**
 * What every connector inherits from the shared transport, checked through its own fetch: a 429 is
 * retried and then succeeds; three 500s and a timeout become SourceUnavailableError.
 */
export function itRetriesThenReportsUnavailable(c: TransportFailureCase): void {
  it('retries a 429 and succeeds; raises three 500s and a timeout as SourceUnavailableError', async () => {
    const { transport, logger } = testTransport({ timeoutMs: 100 });
    const connector = c.connector(transport, logger);
    const server = c.server();

    server.reset(inSequence({ status: 429 }, { fixture: c.fixture }));
    expect(c.records(await connector.fetch(c.window))).toBe(c.expected);
    server.reset(() => ({ status: 500 }));
    await expect(connector.fetch(c.window)).rejects.toBeInstanceOf(SourceUnavailableError);
    expect(server.requests).toHaveLength(3);
    server.reset(() => ({ delayMs: 600, fixture: c.fixture }));
    await expect(connector.fetch(c.window)).rejects.toThrow('timed out after 100 ms');
  });
}
