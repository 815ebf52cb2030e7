import { afterAll, beforeAll } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** Recorded responses live in src/fixtures/<source>/<file>. */
export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** Reads a fixture, e.g. `fixture('gdelt/timelinevol-csto.json')`. */
export function fixture(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

/** What the server answers to one request. */
export interface FixtureReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A fixture path under src/fixtures; its extension sets the default Content-Type. */
  readonly fixture?: string;
  readonly body?: string;
  /** Raw bytes, for bodies in other encodings. */
  readonly bodyBytes?: Buffer;
  /** Wait this long (real time) before answering: for timeout tests. */
  readonly delayMs?: number;
  /** Drop the connection without answering: a network error. */
  readonly hangUp?: boolean;
}

/** A request the server received. */
export interface ReceivedRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** `now()` of the test's clock when the request arrived. */
  readonly at: number;
}

export type FixtureHandler = (request: ReceivedRequest) => FixtureReply;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers each request in turn with the next reply; the last one repeats. */
export function inSequence(...replies: FixtureReply[]): FixtureHandler {
  let next = 0;
  return () => replies[Math.min(next++, replies.length - 1)];
}

/**
 * A real HTTP server on 127.0.0.1 (random port) replaying fixtures, so connectors are tested
 * through the real transport, offline.
 */
export class FixtureServer {
  readonly requests: ReceivedRequest[] = [];
  handler: FixtureHandler = () => ({ status: 404, body: 'no handler' });
  private readonly timers = new Set<NodeJS.Timeout>();

  private readonly server: Server = createServer((req, res) => this.handle(req.url ?? '/', req.headers, res));
  private origin: string | null = null;

  private constructor(private readonly now: () => number) {}

  /**
   * A server for the specs of one `describe` block, listening from before its first test until
   * after its last; `now` stamps requests (pass the test's manual clock).
   */
  static forSuite(now: () => number = Date.now): FixtureServer {
    const server = new FixtureServer(now);
    beforeAll(() => server.listen());
    afterAll(() => server.stop());
    return server;
  }

  /** `http://127.0.0.1:<port>`, once the suite has started. */
  get baseUrl(): string {
    if (this.origin === null) throw new Error('the fixture server is not listening yet');
    return this.origin;
  }

  /** Forgets received requests and installs a new handler. */
  reset(handler: FixtureHandler): void {
    this.requests.length = 0;
    this.handler = handler;
  }

  private async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async stop(): Promise<void> {
    this.timers.forEach(clearTimeout);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(rawUrl: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
    const url = new URL(rawUrl, this.baseUrl);
    const request: ReceivedRequest = { path: url.pathname, query: url.searchParams, headers, at: this.now() };
    this.requests.push(request);
    const reply = this.handler(request);
    const send = () => {
      if (res.destroyed) return;
      if (reply.hangUp) {
        res.socket?.destroy();
        return;
      }
      if (reply.fixture !== undefined && !existsSync(join(FIXTURES_DIR, reply.fixture))) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end(`no fixture ${reply.fixture}`);
        return;
      }
      const body = reply.bodyBytes ?? (reply.fixture !== undefined ? fixture(reply.fixture) : (reply.body ?? ''));
      const contentType = reply.fixture !== undefined ? CONTENT_TYPES[extname(reply.fixture)] : undefined;
      res.writeHead(reply.status ?? 200, { ...(contentType ? { 'Content-Type': contentType } : {}), ...reply.headers });
      res.end(body);
    };
    if (reply.delayMs === undefined) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, reply.delayMs);
    this.timers.add(timer);
  }
}
