import { ComtradeConnector } from './comtrade/comtrade-connector';
import { ConnectorRegistry } from './connector-registry';
import { GdeltConnector } from './gdelt/gdelt-connector';
import { HttpTransport, type HttpTransportDeps } from './http/http-transport';
import type { ConnectorLogger } from './model/connector';
import { RssConnector } from './rss/rss-connector';
import type { ConnectorSettings } from './settings/connector-settings';
import { assertHttpSettings } from './settings/validate-settings';
import { WorldBankConnector } from './worldbank/worldbank-connector';

/** Collaborators of `createConnectors`; only the logger is required. */
export interface ConnectorDeps extends HttpTransportDeps {
  readonly logger: ConnectorLogger;
  /** A transport to share; by default one is built from `settings.http` (and clock/random/fetch). */
  readonly transport?: HttpTransport;
}

/**
 * Builds the GDELT, World Bank, Comtrade and RSS connectors from one settings object (see
 * `resolveConnectorSettings`) around one shared HTTP transport, so per-host rate limits hold
 * across connectors. Create it once per process: the rate limiter lives in the transport.
 * @throws ConnectorSettingsError when a section is unusable
 */
export function createConnectors(settings: ConnectorSettings, deps: ConnectorDeps): ConnectorRegistry {
  assertHttpSettings(settings.http);
  const transport = deps.transport ?? new HttpTransport(settings.http, deps.logger, deps);
  return new ConnectorRegistry([
    new GdeltConnector(settings.gdelt, transport, deps.logger),
    new WorldBankConnector(settings.worldbank, transport, deps.logger),
    new ComtradeConnector(settings.comtrade, transport, deps.logger),
    new RssConnector(settings.rss, transport, deps.logger),
  ]);
}
