import { ConnectorRunEntity } from '@kem/api-data';
import { ConnectorRunView } from '@kem/contracts';

export function toConnectorRunView(run: ConnectorRunEntity): ConnectorRunView {
  return {
    id: run.id,
    connectorKey: run.connectorKey,
    trigger: run.trigger,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    status: run.status,
    observationsAdded: run.observationsAdded,
    observationsUpdated: run.observationsUpdated,
    draftsAdded: run.draftsAdded,
    warnings: run.warnings ?? [],
    error: run.error,
  };
}
