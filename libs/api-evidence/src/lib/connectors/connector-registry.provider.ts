import { APP_CONFIG, AppConfig } from '@kem/api-config';
import {
  ConnectorRegistry,
  createConnectors,
  DEFAULT_HTTP_SETTINGS,
  KAZAKHSTAN_MENTIONS,
  resolveConnectorSettings,
} from '@kem/api-connectors';
import { Logger, Provider } from '@nestjs/common';
import { ConnectorShutdown } from './connector-shutdown';

export const CONNECTOR_REGISTRY = Symbol('CONNECTOR_REGISTRY');

/**
 * One registry per process: its shared HTTP transport keeps the per-host rate limits. Its requests
 * and waits end when the API shuts down (ConnectorShutdown).
 */
export const connectorRegistryProvider: Provider = {
  provide: CONNECTOR_REGISTRY,
  inject: [APP_CONFIG, ConnectorShutdown],
  useFactory: (config: AppConfig, shutdown: ConnectorShutdown): ConnectorRegistry => {
    const contact = config.connectors.contact ? `; contact ${config.connectors.contact}` : '';
    const settings = resolveConnectorSettings({
      http: { userAgent: `${DEFAULT_HTTP_SETTINGS.userAgent.replace(/\)$/, '')}${contact})` },
      comtrade: { subscriptionKey: config.connectors.comtradeKey },
      ...(config.connectors.rssFeeds
        ? {
            rss: {
              feeds: config.connectors.rssFeeds.map((feed) => ({
                name: feed.name,
                url: feed.url,
                relevanceKeywords: feed.general ? KAZAKHSTAN_MENTIONS : null,
              })),
            },
          }
        : {}),
    });
    return createConnectors(settings, { logger: new Logger('Connectors'), fetch: shutdown.fetch, clock: shutdown.clock });
  },
};
