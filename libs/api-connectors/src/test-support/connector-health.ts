import { expect, it } from '@jest/globals';
import type { HttpTransport } from '../lib/http/http-transport';
import type { Connector, ConnectorLogger } from '../lib/model/connector';
import type { FixtureReply, FixtureServer } from './fixture-server';
import { testTransport } from './test-transport';

/** A connector as one spec builds it, a good and a bad answer of its source, and what its health says of each. */
export interface HealthProbeCase {
  /** The test's name: how this connector probes its source. */
  title: string;
  server: () => FixtureServer;
  connector: (transport: HttpTransport, logger: ConnectorLogger) => Connector;
  /** Query parameters the probe request carries: what makes it a cheap one. */
  probe: Readonly<Record<string, string>>;
  good: FixtureReply;
  /** The health detail on the good answer: the whole text, or a pattern it matches. */
  healthy: string | RegExp;
  bad: FixtureReply;
  /** Part of the health detail on the bad answer: what went wrong. */
  broken: string;
}

/**
 * What every connector's `health()` promises, checked through its own probe: ok with a detail,
 * stamped by the transport's clock, on a good answer; not ok with the reason on a bad one, never
 * thrown; one request, not retried.
 */
export function itReportsHealth(c: HealthProbeCase): void {
  it(c.title, async () => {
    const { transport, logger } = testTransport();
    const server = c.server();
    server.reset(() => c.good);
    const connector = c.connector(transport, logger);

    const healthy = await connector.health();
    server.reset(() => c.bad);
    const broken = await connector.health();

    const detail = typeof c.healthy === 'string' ? c.healthy : expect.stringMatching(c.healthy);
    expect(healthy).toEqual({ ok: true, detail, checkedAt: '2026-05-10T12:00:00.000Z' });
    expect(broken).toMatchObject({ ok: false, detail: expect.stringContaining(c.broken) });
    expect(server.requests).toHaveLength(1);
    expect(Object.fromEntries(server.requests[0].query)).toMatchObject(c.probe);
  });
}
