import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { ConnectorRegistry, createConnectors, DEFAULT_HTTP_SETTINGS, resolveConnectorSettings } from '@kem/api-connectors';
import { Logger, Provider } from '@nestjs/common';

export const CONNECTOR_REGISTRY = Symbol('CONNECTOR_REGISTRY');

/** One registry per process: its shared HTTP transport keeps the per-host rate limits. */
export const connectorRegistryProvider: Provider = {
  provide: CONNECTOR_REGISTRY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ConnectorRegistry => {
    const contact = config.connectors.contact ? `; contact ${config.connectors.contact}` : '';
    const settings = resolveConnectorSettings({
      http: { userAgent: `${DEFAULT_HTTP_SETTINGS.userAgent.replace(/\)$/, '')}${contact})` },
      comtrade: { subscriptionKey: config.connectors.comtradeKey },
    });
    return createConnectors(settings, { logger: new Logger('Connectors') });
  },
};
