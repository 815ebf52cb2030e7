import { ActionEndpoint, ApiController, ListEndpoint, ReadEndpoint } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import { ConnectorRunView, ConnectorStatusView } from '@kem/contracts';
import { HttpStatus, Param } from '@nestjs/common';
import { ConnectorSyncService } from './connector-sync.service';

@ApiController('connectors', { access: 'admin' })
export class ConnectorsController {
  constructor(private readonly sync: ConnectorSyncService) {}

  @ListEndpoint(ROUTES.connectors, 'ConnectorStatusView', { summary: 'Every connector with its schedule and last runs (admin)' })
  list(): Promise<ConnectorStatusView[]> {
    return this.sync.statuses();
  }

  @ReadEndpoint(ROUTES.connector, 'ConnectorStatusView', { summary: 'One connector: last run, items stored, errors (admin)' })
  status(@Param('key') key: string): Promise<ConnectorStatusView> {
    return this.sync.status(key);
  }

  @ActionEndpoint(
    ROUTES.connectorSync,
    'ConnectorRunView',
    {
      summary: 'Sync a connector now; answers at once with the run, which continues in the background (admin)',
      answer: 'The run, started',
    },
    HttpStatus.ACCEPTED,
  )
  start(@Param('key') key: string): Promise<ConnectorRunView> {
    return this.sync.start(key, 'manual');
  }
}
