import type { HttpGetOptions, HttpResponse, HttpTransport } from '../http/http-transport';
import { assertFetchWindow } from '../util/fetch-window';
import { runSubRequests, type SubRequest } from '../util/sub-requests';
import type { Connector, ConnectorBatch, ConnectorHealth, ConnectorLogger, FetchWindow } from './connector';

/** What every connector's settings section carries: the spacing of its requests. */
interface RequestSpacing {
  readonly minIntervalMs: number;
}

/**
 * A connector that fetches a window as several requests (one per query, indicator, year range
 * or feed): settings checked on construction, the window checked, the requests run through
 * `runSubRequests` (a failed request is a warning), and the merged batch logged.
 */
export abstract class MultiRequestConnector<Settings extends RequestSpacing> implements Connector {
  abstract readonly key: string;
  abstract readonly name: string;

  constructor(
    protected readonly settings: Settings,
    protected readonly transport: HttpTransport,
    protected readonly logger: ConnectorLogger,
  ) {
    this.assertSettings(settings);
  }

  async fetch(window: FetchWindow): Promise<ConnectorBatch> {
    assertFetchWindow(this.key, window);
    const batch = this.merged(await runSubRequests(this.key, this.logger, this.requestsFor(window)));
    const records =
      batch.observations.length > 0 ? `${batch.observations.length} observation(s)` : `${batch.draftEvents.length} draft event(s)`;
    this.logger.log(`[${this.key}] ${records} for ${window.from}..${window.to}`);
    return batch;
  }

  abstract health(): Promise<ConnectorHealth>;

  /** @throws ConnectorSettingsError when the section is unusable */
  protected abstract assertSettings(settings: Settings): void;

  /** The requests that together cover the window, in the order they run. */
  protected abstract requestsFor(window: FetchWindow): SubRequest[];

  /** The merged batch as the connector returns it; a connector that de-duplicates across requests overrides it. */
  protected merged(batch: ConnectorBatch): ConnectorBatch {
    return batch;
  }

  /** One GET to the source, spaced by the section's `minIntervalMs` (JSON unless `accept` says otherwise). */
  protected get(url: string, options: Omit<HttpGetOptions, 'source' | 'minIntervalMs'> = {}): Promise<HttpResponse> {
    return this.transport.get(url, {
      accept: 'application/json',
      ...options,
      source: this.key,
      minIntervalMs: this.settings.minIntervalMs,
    });
  }
}
