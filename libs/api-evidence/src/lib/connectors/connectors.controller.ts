import { RequireRole } from '@kem/api-auth';
import { ConnectorRunView, ConnectorStatusView } from '@kem/contracts';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConnectorSyncService } from './connector-sync.service';

@ApiTags('connectors')
@ApiCookieAuth()
@ApiBearerAuth()
@RequireRole('admin')
@Controller('connectors')
export class ConnectorsController {
  constructor(private readonly sync: ConnectorSyncService) {}

  @Get()
  @ApiOperation({ summary: 'Every connector with its schedule and last runs (admin)' })
  list(): Promise<ConnectorStatusView[]> {
    return this.sync.statuses();
  }

  @Get(':key')
  @ApiOperation({ summary: 'One connector: last run, items stored, errors (admin)' })
  status(@Param('key') key: string): Promise<ConnectorStatusView> {
    return this.sync.status(key);
  }

  @Post(':key/sync')
  @HttpCode(202)
  @ApiOperation({ summary: 'Sync a connector now; answers at once with the run, which continues in the background (admin)' })
  start(@Param('key') key: string): Promise<ConnectorRunView> {
    return this.sync.start(key, 'manual');
  }
}
