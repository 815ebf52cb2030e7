import { createServer, Server } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { ConnectorShutdown, ShutdownAbortError } from './connector-shutdown';

describe('ConnectorShutdown', () => {
  let server: Server;
  let url: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // A source that accepts the connection and never answers.
    server = createServer(() => undefined);
    server.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((done) => server.close(done));
  });

  it('aborts requests in flight, ends waits and gives up on running work when the API stops', async () => {
    const shutdown = new ConnectorShutdown();
    const connected = new Promise((done) => server.once('connection', done));
    const request = shutdown.fetch(url, { signal: AbortSignal.timeout(60_000) });
    const wait = shutdown.clock.sleep(60_000);
    const work = shutdown.race(new Promise(() => undefined));
    await connected; // the request is in flight
    shutdown.beforeApplicationShutdown();
    await expect(request).rejects.toBeInstanceOf(ShutdownAbortError);
    await expect(wait).resolves.toBeUndefined();
    await expect(work).rejects.toBeInstanceOf(ShutdownAbortError);
    // Nothing new starts waiting afterwards.
    await expect(shutdown.clock.sleep(60_000)).resolves.toBeUndefined();
    await expect(shutdown.race(Promise.resolve(1))).rejects.toBeInstanceOf(ShutdownAbortError);
  });

  it('leaves the caller’s own timeout in force and forgets finished waits', async () => {
    const shutdown = new ConnectorShutdown();
    await expect(shutdown.fetch(url, { signal: AbortSignal.timeout(100) })).rejects.toThrow(/timeout|abort/i);
    for (let i = 0; i < 20; i++) await shutdown.clock.sleep(0);
    await expect(shutdown.race(Promise.resolve('done'))).resolves.toBe('done');
  });
});
