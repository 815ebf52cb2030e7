import { FixtureServer, inSequence } from '../../test-support/fixture-server';
import { testTransport } from '../../test-support/test-transport';
import { SourceThrottledError, SourceUnavailableError } from '../model/errors';

describe('HttpTransport', () => {
  const server = FixtureServer.forSuite();

  it('sends the User-Agent and Accept headers and returns the decoded body', async () => {
    const { transport } = testTransport({ userAgent: 'KEM-test/1.0 (ops@example.com)' });
    server.reset(() => ({ body: '{"ok":true}', headers: { 'Content-Type': 'application/json; charset=utf-8' } }));

    const response = await transport.get(`${server.baseUrl}/data?x=1`, { source: 'test', accept: 'application/json' });

    expect(response).toEqual({
      url: `${server.baseUrl}/data?x=1`,
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: '{"ok":true}',
    });
    expect(server.requests[0].headers['user-agent']).toBe('KEM-test/1.0 (ops@example.com)');
    expect(server.requests[0].headers['accept']).toBe('application/json');
  });

  it('decodes a windows-1251 body by its declared charset', async () => {
    const { transport } = testTransport();
    const mitingInCp1251 = Buffer.from([0xcc, 0xe8, 0xf2, 0xe8, 0xed, 0xe3]);
    server.reset(() => ({ bodyBytes: mitingInCp1251, headers: { 'Content-Type': 'text/xml; charset=windows-1251' } }));

    const response = await transport.get(`${server.baseUrl}/feed`, { source: 'test' });

    expect(response.body).toBe('Митинг');
  });

  it('retries a 429 after the Retry-After the source asked for, then succeeds', async () => {
    const { transport, clock, logger } = testTransport();
    server.reset(inSequence({ status: 429, headers: { 'Retry-After': '7' }, body: 'slow down' }, { body: 'fine' }));

    const response = await transport.get(`${server.baseUrl}/x`, { source: 'test', minIntervalMs: 0 });

    expect(response.body).toBe('fine');
    expect(server.requests).toHaveLength(2);
    // Retry-After 7 s beats the jittered backoff of 750 ms.
    expect(clock.sleeps).toEqual([7_000]);
    expect(logger.lines.some((l) => l.includes('HTTP 429') && l.includes('attempt 1/3'))).toBe(true);
  });

  it('backs off exponentially with jitter: 750 ms, then 1500 ms (random fixed at 0.5)', async () => {
    const { transport, clock } = testTransport();
    server.reset(inSequence({ status: 503 }, { status: 502 }, { body: 'ok' }));

    await transport.get(`${server.baseUrl}/x`, { source: 'test', minIntervalMs: 0 });

    expect(clock.sleeps).toEqual([750, 1_500]);
  });

  it('gives up after three 500s with SourceUnavailableError', async () => {
    const { transport } = testTransport();
    server.reset(() => ({ status: 500, body: 'Internal Server Error' }));

    const error = await transport.get(`${server.baseUrl}/x`, { source: 'test', minIntervalMs: 0 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error).toMatchObject({ attempts: 3, status: 500, transient: true, connectorKey: 'test' });
    expect(server.requests).toHaveLength(3);
  });

  it('times out a slow answer and reports it as unavailable', async () => {
    const { transport } = testTransport({ timeoutMs: 150, maxAttempts: 2 });
    server.reset(() => ({ delayMs: 1_000, body: 'too late' }));

    const error = await transport.get(`${server.baseUrl}/slow`, { source: 'test', minIntervalMs: 0 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as SourceUnavailableError).reason).toBe('timed out after 150 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('reports a dropped connection as a network error', async () => {
    const { transport } = testTransport({ maxAttempts: 1 });
    server.reset(() => ({ hangUp: true }));

    const error = await transport.get(`${server.baseUrl}/x`, { source: 'test' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as SourceUnavailableError).reason).toMatch(/^network error: fetch failed/);
    expect((error as SourceUnavailableError).status).toBeNull();
  });

  it('treats a caller-recognised throttling answer like a 429 and fails with SourceThrottledError', async () => {
    const { transport } = testTransport();
    server.reset(() => ({ body: 'Please limit requests' }));

    const error = await transport
      .get(`${server.baseUrl}/x`, { source: 'test', minIntervalMs: 0, isThrottled: (r) => r.body.startsWith('Please') })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceThrottledError);
    expect(error).toMatchObject({ attempts: 3, retryAfterMs: null });
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: fails at once, passing it on', async () => {
    const { transport, clock } = testTransport({ maxRetryAfterMs: 60_000 });
    server.reset(() => ({ status: 429, headers: { 'Retry-After': '3600' } }));

    const error = await transport.get(`${server.baseUrl}/x`, { source: 'test' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceThrottledError);
    expect(error).toMatchObject({ attempts: 1, retryAfterMs: 3_600_000 });
    expect(clock.sleeps).toEqual([]);
  });

  it('returns a 404 without retrying, for the connector to judge', async () => {
    const { transport } = testTransport();
    server.reset(() => ({ status: 404, body: 'Not Found' }));

    const response = await transport.get(`${server.baseUrl}/gone`, { source: 'test' });

    expect(response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });
});
