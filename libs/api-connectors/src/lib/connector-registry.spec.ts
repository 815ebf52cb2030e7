import { ConnectorRegistry } from './connector-registry';
import { createConnectors } from './create-connectors';
import { ConnectorSettingsError, UnknownConnectorError } from './model/errors';
import { DEFAULT_CONNECTOR_SETTINGS, resolveConnectorSettings } from './settings/default-settings';
import { MemoryLogger } from '../test-support/memory-logger';

describe('createConnectors and ConnectorRegistry', () => {
  it('builds the four connectors from the default settings, chosen by key', () => {
    const registry = createConnectors(DEFAULT_CONNECTOR_SETTINGS, { logger: new MemoryLogger() });

    expect(registry.keys()).toEqual(['gdelt', 'worldbank', 'comtrade', 'rss']);
    expect(registry.get('comtrade').name).toBe('UN Comtrade trade shares');
    expect(registry.has('acled')).toBe(false);
  });

  it('throws a typed UnknownConnectorError for an unknown key', () => {
    const registry = createConnectors(DEFAULT_CONNECTOR_SETTINGS, { logger: new MemoryLogger() });

    expect(() => registry.get('acled')).toThrow(UnknownConnectorError);
    expect(() => registry.get('acled')).toThrow('Unknown connector "acled" (known: gdelt, worldbank, comtrade, rss)');
  });

  it('refuses two connectors under one key', () => {
    const [gdelt] = createConnectors(DEFAULT_CONNECTOR_SETTINGS, { logger: new MemoryLogger() }).list();

    expect(() => new ConnectorRegistry([gdelt, gdelt])).toThrow('Two connectors registered under the key "gdelt"');
  });

  it('merges overrides per section and validates every section', () => {
    const settings = resolveConnectorSettings({ gdelt: { baseUrl: 'http://127.0.0.1:9/doc' }, http: { timeoutMs: 5_000 } });
    expect(settings.gdelt.queries).toBe(DEFAULT_CONNECTOR_SETTINGS.gdelt.queries);
    expect(settings.http.maxAttempts).toBe(3);

    const broken = resolveConnectorSettings({ comtrade: { baseUrl: 'ftp://comtrade', partners: [] } });
    expect(() => createConnectors(broken, { logger: new MemoryLogger() })).toThrow(ConnectorSettingsError);
    expect(() => createConnectors(broken, { logger: new MemoryLogger() })).toThrow(
      /baseUrl must be an http\(s\) URL[\s\S]*partners must not be empty/,
    );
  });

  it('rejects two GDELT queries feeding the same series', () => {
    const query = DEFAULT_CONNECTOR_SETTINGS.gdelt.queries[0];
    const settings = resolveConnectorSettings({ gdelt: { queries: [query, { ...query, query: 'other' }] } });

    expect(() => createConnectors(settings, { logger: new MemoryLogger() })).toThrow(/repeats the series csto_military\/gdelt_news_volume/);
  });
});
