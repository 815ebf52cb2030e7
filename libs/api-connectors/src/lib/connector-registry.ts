import type { Connector } from './model/connector';
import { UnknownConnectorError } from './model/errors';

/** The registered connectors, chosen by key (e.g. for POST /api/connectors/:key/sync). */
export class ConnectorRegistry {
  private readonly byKey: ReadonlyMap<string, Connector>;

  /** @throws Error when two connectors share a key (a wiring bug). */
  constructor(connectors: readonly Connector[]) {
    const byKey = new Map<string, Connector>();
    for (const connector of connectors) {
      if (byKey.has(connector.key)) throw new Error(`Two connectors registered under the key "${connector.key}"`);
      byKey.set(connector.key, connector);
    }
    this.byKey = byKey;
  }

  /** All connectors, in registration order. */
  list(): readonly Connector[] {
    return [...this.byKey.values()];
  }

  /** All keys, in registration order. */
  keys(): readonly string[] {
    return [...this.byKey.keys()];
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** @throws UnknownConnectorError for a key no connector has. */
  get(key: string): Connector {
    const connector = this.byKey.get(key);
    if (connector === undefined) throw new UnknownConnectorError(key, this.keys());
    return connector;
  }
}
