/**
 * Typed connector errors. The scheduling side logs them, records the failure and retries later;
 * nothing a connector throws ever reaches stored data.
 */

/** Base class of every error a connector throws. */
export abstract class ConnectorError extends Error {
  /**
   * True when the same request may succeed after a pause (source down, timeout, throttling):
   * retry with backoff. False when the answer was unusable or the request was rejected: retry at
   * the next scheduled run and check the settings or the source's format.
   */
  abstract readonly transient: boolean;

  protected constructor(
    message: string,
    /** Key of the connector that failed, e.g. `gdelt`. */
    readonly connectorKey: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request that kept failing in a way a pause may cure, after the configured retries. */
export abstract class SourceRetriesExhaustedError extends ConnectorError {
  readonly transient = true;

  protected constructor(
    failure: string,
    connectorKey: string,
    readonly url: string,
    readonly reason: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`${connectorKey}: ${failure} after ${attempts} attempt(s): ${reason} (GET ${url})`, connectorKey, options);
  }
}

/** Network error, timeout or HTTP 5xx, still failing after the configured retries. */
export class SourceUnavailableError extends SourceRetriesExhaustedError {
  constructor(
    connectorKey: string,
    url: string,
    reason: string,
    attempts: number,
    /** Last HTTP status, or null when no response arrived. */
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super('source unavailable', connectorKey, url, reason, attempts, options);
  }
}

/** HTTP 429, or a throttling answer with another status (GDELT's plain-text 200), after retries. */
export class SourceThrottledError extends SourceRetriesExhaustedError {
  constructor(
    connectorKey: string,
    url: string,
    reason: string,
    attempts: number,
    /** What the source asked for (Retry-After), in ms, or null when it did not say. */
    readonly retryAfterMs: number | null,
  ) {
    super('source throttled the request', connectorKey, url, reason, attempts);
  }
}

/**
 * The source answered, but not with usable data: garbage, HTML where JSON was expected, an in-band
 * error (World Bank's message array, Comtrade's {statusCode, message}) or an unexpected shape.
 * Nothing from such an answer is returned as data.
 */
export class SourceFormatError extends ConnectorError {
  readonly transient = false;

  constructor(
    connectorKey: string,
    readonly url: string,
    readonly reason: string,
    /** The start of the offending body, for the log. */
    readonly bodyExcerpt: string | null = null,
  ) {
    super(`${connectorKey}: unusable answer from ${url}: ${reason}`, connectorKey);
  }
}

/** The source rejected the request with HTTP 4xx other than 429 (wrong URL, id or key). */
export class SourceRequestError extends ConnectorError {
  readonly transient = false;

  constructor(
    connectorKey: string,
    readonly url: string,
    readonly status: number,
    readonly bodyExcerpt: string | null,
  ) {
    super(`${connectorKey}: request rejected with HTTP ${status} (GET ${url})${bodyExcerpt ? `: ${bodyExcerpt}` : ''}`, connectorKey);
  }
}

/** `fetch` was called with a window that is not two valid 'YYYY-MM-DD' days in order. */
export class InvalidFetchWindowError extends ConnectorError {
  readonly transient = false;

  constructor(
    connectorKey: string,
    readonly window: unknown,
    readonly reason: string,
  ) {
    super(`${connectorKey}: invalid fetch window ${JSON.stringify(window)}: ${reason}`, connectorKey);
  }
}

/** A connector's settings are unusable (bad base URL, empty query list, duplicate series…). */
export class ConnectorSettingsError extends ConnectorError {
  readonly transient = false;

  constructor(
    connectorKey: string,
    readonly problems: readonly string[],
  ) {
    super(`${connectorKey}: invalid settings:\n- ${problems.join('\n- ')}`, connectorKey);
  }
}

/** `ConnectorRegistry.get` was asked for a key no registered connector has. */
export class UnknownConnectorError extends ConnectorError {
  readonly transient = false;

  constructor(
    key: string,
    readonly knownKeys: readonly string[],
  ) {
    super(`Unknown connector "${key}" (known: ${knownKeys.join(', ') || 'none'})`, key);
  }
}
