import { RequireRole } from '@kem/api-auth';
import { ApiView, ApiViewList, ROUTES } from '@kem/api-http';
import { ConnectorRunView, ConnectorStatusView } from '@kem/contracts';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConnectorSyncService } from './connector-sync.service';

@ApiTags('connectors')
@RequireRole('admin')
@Controller()
export class ConnectorsController {
  constructor(private readonly sync: ConnectorSyncService) {}

  @ApiViewList('ConnectorStatusView')
  @Get(ROUTES.connectors)
  @ApiOperation({ summary: 'Every connector with its schedule and last runs (admin)' })
  list(): Promise<ConnectorStatusView[]> {
    return this.sync.statuses();
  }

  @ApiView('ConnectorStatusView')
  @Get(ROUTES.connector)
  @ApiOperation({ summary: 'One connector: last run, items stored, errors (admin)' })
  status(@Param('key') key: string): Promise<ConnectorStatusView> {
    return this.sync.status(key);
  }

  @ApiView('ConnectorRunView', 'The run, started')
  @Post(ROUTES.connectorSync)
  @HttpCode(202)
  @ApiOperation({ summary: 'Sync a connector now; answers at once with the run, which continues in the background (admin)' })
  start(@Param('key') key: string): Promise<ConnectorRunView> {
    return this.sync.start(key, 'manual');
  }
}
