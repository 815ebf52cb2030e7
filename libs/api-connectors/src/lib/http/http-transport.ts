import type { ConnectorLogger } from '../model/connector';
import { SourceThrottledError, SourceUnavailableError } from '../model/errors';
import { computeBackoffMs, parseRetryAfterMs } from './backoff';
import { systemClock, type Clock } from './clock';
import { decodeBody } from './decode-body';
import { HostRateLimiter } from './host-rate-limiter';

/** Settings of the shared HTTP client. */
export interface HttpSettings {
  /** Sent on every request, so sources can tell who is calling (add a contact address). */
  readonly userAgent: string;
  /** Per attempt, covering the whole response body. */
  readonly timeoutMs: number;
  /** Attempts per request, the first included. */
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails at once as throttled. */
  readonly maxRetryAfterMs: number;
  /** Minimum interval between requests to one host when the caller sets none. */
  readonly defaultMinIntervalMs: number;
}

/** A response as connectors see it: status, content type and the decoded body. */
export interface HttpResponse {
  /** The URL that was requested (before any redirect): the record's `sourceUrl`. */
  readonly url: string;
  readonly status: number;
  /** Content-Type header, '' when absent. */
  readonly contentType: string;
  readonly body: string;
}

/** Per-request options. */
export interface HttpGetOptions {
  /** Key of the calling connector, for errors and logs. */
  readonly source: string;
  readonly accept?: string;
  /** Extra headers (e.g. an API key): never put secrets in the URL, which is logged and stored. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Minimum interval between requests to this URL's host; defaults to `defaultMinIntervalMs`. */
  readonly minIntervalMs?: number;
  /** Overrides `maxAttempts` (health probes use 1). */
  readonly maxAttempts?: number;
  /** Recognises a throttling answer that is not HTTP 429, e.g. GDELT's plain-text 200. */
  readonly isThrottled?: (response: HttpResponse) => boolean;
}

/** Optional collaborators; tests inject a manual clock and a fixed random source. */
export interface HttpTransportDeps {
  readonly clock?: Clock;
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
}

type Attempt =
  | { readonly kind: 'response'; readonly response: HttpResponse }
  | {
      readonly kind: 'unavailable' | 'throttled';
      readonly reason: string;
      readonly status: number | null;
      readonly retryAfterMs: number | null;
      readonly cause?: unknown;
    };

/**
 * The one HTTP client all connectors share: GET with a per-attempt timeout, retries with
 * exponential backoff and jitter on network errors, 5xx and throttling (honouring Retry-After),
 * and a polite per-host rate limit. Returns every other response (2xx, 4xx) for the connector to
 * judge; throws `SourceUnavailableError` / `SourceThrottledError` when retries are exhausted.
 */
export class HttpTransport {
  /** The clock this transport waits with; connectors use it to stamp health checks. */
  readonly clock: Clock;
  private readonly random: () => number;
  private readonly fetchFn: typeof fetch;
  private readonly limiter: HostRateLimiter;

  constructor(
    private readonly settings: HttpSettings,
    private readonly logger: ConnectorLogger,
    deps: HttpTransportDeps = {},
  ) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.fetchFn = deps.fetch ?? globalThis.fetch.bind(globalThis);
    this.limiter = new HostRateLimiter(this.clock);
  }

  /** GETs `url` under the retry and rate-limit policy. */
  async get(url: string, options: HttpGetOptions): Promise<HttpResponse> {
    const host = new URL(url).host;
    const maxAttempts = Math.max(1, options.maxAttempts ?? this.settings.maxAttempts);
    const minIntervalMs = options.minIntervalMs ?? this.settings.defaultMinIntervalMs;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(host, minIntervalMs);
      const outcome = await this.attempt(url, options);
      if (outcome.kind === 'response') return outcome.response;

      const waitTooLong = outcome.retryAfterMs !== null && outcome.retryAfterMs > this.settings.maxRetryAfterMs;
      if (attempt >= maxAttempts || waitTooLong) {
        if (outcome.kind === 'throttled') {
          throw new SourceThrottledError(options.source, url, outcome.reason, attempt, outcome.retryAfterMs);
        }
        throw new SourceUnavailableError(options.source, url, outcome.reason, attempt, outcome.status, { cause: outcome.cause });
      }
      const backoff = computeBackoffMs(attempt, this.settings.backoffBaseMs, this.settings.backoffMaxMs, this.random);
      const delay = Math.max(backoff, outcome.retryAfterMs ?? 0);
      this.logger.warn(`[${options.source}] ${outcome.reason} (GET ${url}, attempt ${attempt}/${maxAttempts}); retrying in ${delay} ms`);
      await this.clock.sleep(delay);
    }
  }

  private async attempt(url: string, options: HttpGetOptions): Promise<Attempt> {
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let response: HttpResponse;
    let retryAfter: string | null;
    try {
      const raw = await this.fetchFn(url, {
        method: 'GET',
        redirect: 'follow',
        signal,
        headers: { 'User-Agent': this.settings.userAgent, Accept: options.accept ?? '*/*', ...options.headers },
      });
      const contentType = raw.headers.get('content-type') ?? '';
      const bytes = new Uint8Array(await raw.arrayBuffer());
      response = { url, status: raw.status, contentType, body: decodeBody(bytes, contentType) };
      retryAfter = raw.headers.get('retry-after');
    } catch (error) {
      const reason = signal.aborted ? `timed out after ${this.settings.timeoutMs} ms` : `network error: ${describeNetworkError(error)}`;
      return { kind: 'unavailable', reason, status: null, retryAfterMs: null, cause: error };
    }

    const retryAfterMs = parseRetryAfterMs(retryAfter, this.clock.now());
    if (response.status === 429) {
      return { kind: 'throttled', reason: 'HTTP 429 Too Many Requests', status: 429, retryAfterMs };
    }
    if (options.isThrottled?.(response)) {
      const text = response.body.trim().slice(0, 160);
      return {
        kind: 'throttled',
        reason: `throttling answer with HTTP ${response.status}: "${text}"`,
        status: response.status,
        retryAfterMs,
      };
    }
    if (response.status >= 500) {
      return { kind: 'unavailable', reason: `HTTP ${response.status}`, status: response.status, retryAfterMs };
    }
    return { kind: 'response', response };
  }
}

function describeNetworkError(error: unknown): string {
  // Duck-typed: undici's errors may come from another realm (e.g. under jest), failing instanceof.
  const message = (value: unknown): string | null =>
    typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string'
      ? (value as { message: string }).message
      : null;
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, other side closed…) in `cause`.
  const cause = message((error as { cause?: unknown } | null)?.cause);
  return `${message(error) ?? String(error)}${cause ? `: ${cause}` : ''}`;
}
