import { createConnectors, resolveConnectorSettings, type ConnectorSettingsOverrides } from '@kem/api-connectors';
import { CONNECTOR_REGISTRY } from '@kem/api-evidence';

/**
 * The provider override that points the API's connectors at local fixture servers: the given
 * sections over the defaults, requests neither spaced nor backed off for long, logs dropped.
 */
export function fixtureConnectors(sections: Omit<ConnectorSettingsOverrides, 'http'>) {
  const registry = createConnectors(
    resolveConnectorSettings({ http: { backoffBaseMs: 5, backoffMaxMs: 10, defaultMinIntervalMs: 0, timeoutMs: 5000 }, ...sections }),
    { logger: { log: () => undefined, warn: () => undefined, error: () => undefined } },
  );
  return { provide: CONNECTOR_REGISTRY, useValue: registry };
}
