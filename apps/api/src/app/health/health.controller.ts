import { ApiController, Public } from '@kem/api-auth';
import { ApiView, ROUTES, viewSchema } from '@kem/api-http';
import { DatabaseHealth } from '@kem/api-data';
import { HealthView } from '@kem/contracts';
import { Get, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import type { Response } from 'express';

@ApiController('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  @ApiView('HealthView', 'Liveness and readiness (also the body of the 503)')
  @Public()
  @Get(ROUTES.health)
  @ApiOperation({ summary: 'Liveness and database readiness; 503 while the database cannot be reached' })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached (status degraded)', schema: viewSchema('HealthView') })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const ready = await this.database.isReady();
    res.status(ready ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return {
      status: ready ? 'ok' : 'degraded',
      database: { engine: this.database.engine, ready },
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
